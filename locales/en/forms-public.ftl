# forms-public: PDF documents (sonae-forms), see forms.ftl
