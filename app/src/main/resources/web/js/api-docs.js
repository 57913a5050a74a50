// The browsable API page: Swagger UI (from its webjar) on /api/openapi.json.
'use strict';
document.addEventListener('DOMContentLoaded', () => {
  window.SwaggerUIBundle({
    url: '/api/openapi.json',
    dom_id: '#swagger-ui',
    deepLinking: true,
    tryItOutEnabled: false,
    validatorUrl: null,
  });
});
