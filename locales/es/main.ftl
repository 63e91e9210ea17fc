### Textos de la interfaz de Civic311: español.

-product-name = Civic311

site-name = { -product-name }
skip-to-content = Ir al contenido principal
language-switcher-label = Idioma
loading = Cargando…
footer-emergency = En caso de emergencia, llame al 911. Este portal es para servicios municipales que no son de emergencia.

home-title = Informar de un problema o pedir un servicio municipal – { -product-name }
home-heading = Informar de un problema o pedir un servicio municipal
home-intro = Informe a la Ciudad sobre un bache, una recogida de basura que no se hizo, grafitis y más de otros 60 problemas que no son de emergencia. Recibirá un número de solicitud de servicio para seguir lo que pasa después.
home-groups-heading = ¿De qué se trata?
home-report-button = Informar de un problema
service-group-count =
    { $count ->
        [one] { $count } servicio
       *[other] { $count } servicios
    }
catalogue-unavailable = En este momento no se puede mostrar la lista de servicios. Vuelva a intentarlo en unos minutos.

not-found-title = Página no encontrada – { -product-name }
not-found-heading = Página no encontrada
not-found-home-link = Ir a la página de inicio

## Navegación y errores de formulario
site-nav-label = Principal
nav-track = Seguir una solicitud
nav-report = Informar de un problema
error-title-prefix = Error:
error-summary-heading = Hay un problema

## Consultar una solicitud de servicio
lookup-title = Seguir una solicitud de servicio – { -product-name }
lookup-heading = Seguir una solicitud de servicio
lookup-label = Número de solicitud de servicio
lookup-hint = Su número de solicitud de servicio aparece en la página de confirmación y en los correos electrónicos que recibió. Tiene este formato: 2026-000123.
lookup-button = Buscar mi solicitud
lookup-error-format = Escriba su número de solicitud de servicio con el formato 2026-000123

## Una solicitud de servicio
request-title = Solicitud de servicio { $number } – { -product-name }
request-heading = Solicitud de servicio { $number }
request-status = Estado
request-service = Servicio
request-division = A cargo de
request-filed = Recibida
request-expected = Fecha prevista
request-location = Ubicación
request-ward = Distrito
request-ward-value = Distrito { $number }: { $name }
request-due-today = vence hoy
request-days-left =
    { $days ->
        [one] queda { $days } día
       *[other] quedan { $days } días
    }
request-days-overdue =
    { $days ->
        [one] { $days } día de retraso respecto a la fecha prevista
       *[other] { $days } días de retraso respecto a la fecha prevista
    }
request-timeline-heading = Lo que ha pasado hasta ahora
request-event-photo-alt = Foto del trabajo tomada por la Ciudad, número { $number }
request-unavailable = En este momento no se puede mostrar esta solicitud de servicio. Vuelva a intentarlo en unos minutos.
request-not-found-title = Solicitud de servicio no encontrada – { -product-name }
request-not-found-heading = No encontramos esa solicitud de servicio
request-not-found-body = No existe la solicitud de servicio { $number }. Compruebe el número en su página de confirmación o en su correo electrónico. Una solicitud que acaba de hacer puede tardar un minuto en aparecer.
request-not-found-retry = Buscar otro número

## Estados, en lenguaje sencillo
status-received = Recibida
status-assigned = Asignada a la división
status-inspection = Inspección
status-scheduled = Trabajo programado
status-completed = Completada
status-closed_referred = Cerrada – derivada a otro organismo
status-closed_no_action = Cerrada – no requiere intervención
status-closed_duplicate = Cerrada – duplicada

## El directorio de servicios
nav-services = Servicios municipales
services-title = Servicios municipales – { -product-name }
services-heading = Servicios municipales
services-intro = Encuentre el servicio que corresponde a su problema. Busque con sus propias palabras o explore por tema.
services-search-label = Buscar un servicio
services-search-hint = Por ejemplo: bache, basura no recogida, ruido
services-search-button = Buscar
services-results-heading =
    { $count ->
        [one] { $count } servicio coincide con «{ $query }»
       *[other] { $count } servicios coinciden con «{ $query }»
    }
services-no-results = Ningún servicio coincide con «{ $query }». Pruebe con otras palabras o explore los temas de abajo.
services-browse-heading = Explorar por tema
service-detail-title = { $name } – { -product-name }
service-topic = Tema
service-standard = Estándar de servicio
service-sla-hours =
    { $count ->
        [one] Nuestro objetivo es responder en un plazo de { $count } hora
       *[other] Nuestro objetivo es responder en un plazo de { $count } horas
    }
service-sla-business-days =
    { $count ->
        [one] Nuestro objetivo es responder en un plazo de { $count } día hábil
       *[other] Nuestro objetivo es responder en un plazo de { $count } días hábiles
    }
service-sla-calendar-days =
    { $count ->
        [one] Nuestro objetivo es responder en un plazo de { $count } día
       *[other] Nuestro objetivo es responder en un plazo de { $count } días
    }
service-back = Todos los servicios municipales
service-not-found-title = Servicio no encontrado – { -product-name }
service-not-found-heading = No encontramos ese servicio

## Quejas sobre una solicitud
request-complaint-heading = ¿No está satisfecho con el avance de esta solicitud?
request-complaint-overdue = La fecha prevista ya pasó y esta solicitud no está cerrada. Puede presentar una queja: un supervisor debe responderla en un plazo de 5 días hábiles; de lo contrario, pasa a la dirección de la división.
request-complaint-closed = Si el problema no se resolvió, o si no está de acuerdo con la forma en que se cerró esta solicitud, puede presentar una queja: un supervisor debe responderla en un plazo de 5 días hábiles; de lo contrario, pasa a la dirección de la división.
request-complaint-details = ¿Cuál es el problema?
request-complaint-details-hint = Por ejemplo: el bache sigue ahí después de que se cerró la solicitud.
request-complaint-email = Correo electrónico (opcional)
request-complaint-email-hint = Para que podamos comunicarle la respuesta. Nunca se muestra públicamente.
request-complaint-submit = Presentar una queja
request-complaint-filed = Su queja se ha presentado. Aparece más abajo, en el historial de la solicitud.
request-complaint-pending = Hay una queja sobre esta solicitud a la espera de respuesta, prevista para el { $date }.
request-complaint-escalated = La respuesta se ha retrasado, por lo que la queja se elevó a la dirección de la división.
request-complaint-error-details = Díganos cuál es el problema
request-complaint-error-too-long = La queja debe tener 2000 caracteres como máximo
status-complaint = Queja presentada
status-escalated = Queja elevada a la dirección de la división
