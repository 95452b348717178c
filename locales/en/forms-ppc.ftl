# forms-ppc: PDF documents (sonae-forms), see forms.ftl
