# forms-final: PDF documents (sonae-forms), see forms.ftl
