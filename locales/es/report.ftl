### Informar de un problema: las páginas /report, sus errores, el mapa y las fotos.

report-page-title = { $heading } – { -product-name }
report-caption = Informar de un problema
report-unavailable = En este momento no se puede mostrar el formulario de aviso. Vuelva a intentarlo en unos minutos.
report-continue = Continuar
report-optional = { $label } (opcional)

## Elegir el servicio
report-choose-heading = ¿De qué quiere informar?
report-choose-intro = Busque con sus propias palabras o elija uno de los temas de abajo.
report-start-button = Empezar ahora
report-choose-other = Informar de otra cosa
report-not-found-heading = No encontramos ese aviso
report-not-found-body = Es posible que el enlace esté incompleto o mal escrito.
report-start-again = Empezar un aviso nuevo

## A quién pertenece y grafitis motivados por el odio
report-owner-question = ¿De quién es el objeto que tiene el problema?
report-owner-hint = Busque un logotipo o una etiqueta en el objeto. La Ciudad solo puede arreglar lo que le pertenece.
report-owner-city = La Ciudad de Toronto, por ejemplo un muro, un puente, una señal o una papelera municipal
report-owner-unknown = No lo sé
report-owner-bell = Bell Canada: cabinas telefónicas, postes y armarios de Bell
report-owner-rogers = Rogers: cajas y armarios de cable
report-owner-toronto-hydro = Toronto Hydro: postes eléctricos, transformadores y cajas eléctricas
report-owner-canada-post = Canada Post: buzones y casilleros para paquetes
report-owner-ttc = TTC: marquesinas de paradas, estaciones y vehículos de transporte público
report-error-owner = Elija a quién pertenece, o «No lo sé»
report-referral-heading = No le corresponde a la Ciudad arreglar esto
report-referral-intro = La Ciudad solo puede reparar o limpiar lo que le pertenece, por lo que no se ha creado ninguna solicitud de servicio. Informe del problema al propietario.
report-referral-bell = Bell Canada: llame al 1-866-310-2355.
report-referral-rogers = Rogers: llame al 1-888-764-3771.
report-referral-toronto-hydro = Toronto Hydro: llame al 416-542-8000. Si hay cables caídos o que echan chispas, manténgase a 10 metros de distancia y llame al 911.
report-referral-canada-post = Canada Post: llame al 1-866-607-6301.
report-referral-ttc = TTC: llame al Servicio de Atención al Cliente al 416-393-3030.
report-hate-heading = Grafitis motivados por el odio
report-hate-police = Si el grafiti ataca a personas por su raza, religión, origen étnico, orientación sexual, género o discapacidad, informe primero a la Policía de Toronto (Toronto Police): llame al 416-808-2222, la línea para casos que no son de emergencia, o al 911 si alguien está en peligro. La policía lo registra como posible delito de odio antes de que se elimine.
report-hate-then = Después, informe de él aquí para que la Ciudad pueda eliminarlo rápidamente.

## Ubicación
report-location-heading = ¿Dónde está el problema?
report-location-current = Ubicación elegida
report-location-address = { $address }, Distrito { $ward }
report-location-pin = Marcador en { $lat }, { $long }, Distrito { $ward }
report-map-heading = Coloque un marcador en el mapa
report-map-hint = Haga clic o toque el mapa donde está el problema y luego arrastre el marcador para ajustarlo. Con el teclado, mueva el mapa con las teclas de flecha y luego elija «Poner el marcador en el centro del mapa».
report-map-label = Mapa
report-map-pin = Ubicación del problema
report-map-pin-at = Marcador colocado en { $lat }, { $long }
report-map-no-pin = Todavía no se ha colocado ningún marcador
report-map-locate = Usar mi ubicación
report-map-locate-failed = No se pudo encontrar su ubicación. Coloque el marcador en el mapa o escriba una dirección.
report-map-centre = Poner el marcador en el centro del mapa
report-map-use = Usar la ubicación de este marcador
report-address-heading = O escriba una dirección o un cruce de calles
report-place-label = Calle, cruce o lugar
report-place-hint = Por ejemplo: Queen St W & Spadina Ave, o Nathan Phillips Square
report-place-find = Buscar
report-place-none = Nada coincide con «{ $query }». Compruebe cómo está escrito o pruebe con el cruce más cercano.
report-place-choose = Elija el resultado más parecido
report-place-use = Usar esta ubicación
report-place-kind-street = Calle
report-place-kind-intersection = Cruce
report-place-kind-place = Lugar
report-error-outside-city = Esta ubicación está fuera de la Ciudad de Toronto. Elija un lugar dentro de la ciudad.
report-error-pin-missing = Coloque un marcador en el mapa o escriba una dirección abajo
report-error-place-choose = Elija uno de los resultados o vuelva a buscar
report-error-location-missing = Escriba una calle, un cruce o un lugar, o coloque un marcador en el mapa

## Detalles y contacto
report-details-heading = Cuéntenos cuál es el problema
report-field-description = Describa el problema
report-description-hint = Lo que ve y cualquier dato que ayude a los equipos a encontrarlo. No incluya información personal.
report-contact-heading = Sus datos de contacto (opcional)
report-contact-hint = Solo los usamos para comunicarnos con usted sobre este aviso. Nunca se muestran públicamente. Déjelos en blanco para informar de forma anónima.
report-field-first-name = Nombre
report-field-last-name = Apellido
report-field-email = Correo electrónico
report-field-phone = Número de teléfono
report-error-missing = Responda a la pregunta «{ $field }»
report-error-number = La respuesta a «{ $field }» debe ser un número, como 3 o 2.5
report-error-too-long = La respuesta a «{ $field }» debe tener { $max } caracteres como máximo
report-error-choice = Elija una de las respuestas de la lista para «{ $field }»
report-error-datetime = Escriba una fecha y una hora válidas para «{ $field }»
report-error-email = Escriba una dirección de correo electrónico con el formato correcto, como nombre@example.com
report-error-phone = Escriba un número de teléfono de 7 a 15 dígitos, como 416-392-2489

## Fotos
report-photos-heading = Fotos
report-photos-required = Este tipo de problema necesita al menos una foto. Ayuda a los equipos a encontrarlo y arreglarlo.
report-photos-optional = Las fotos son opcionales, pero ayudan a los equipos a encontrar y arreglar el problema.
report-photos-limits = Puede añadir hasta { $count } fotos en formato JPEG, PNG o WebP, de hasta { $megabytes } MB cada una. Eliminamos la ubicación y los datos de la cámara de la copia que guardamos.
report-photo-label = Elija una foto
report-photo-upload = Subir foto
report-photo-uploading = Subiendo foto
report-photo-alt = Foto { $number }
report-photo-remove = Quitar la foto { $number }
report-photo-has-location = La foto { $number } registra dónde se tomó.
report-photo-use-location = Usar la ubicación de la foto { $number }
report-photos-count =
    { $count ->
        [0] Ninguna foto
        [one] { $count } foto
       *[other] { $count } fotos
    }
report-error-photo-missing = Elija una foto para subir
report-error-photo-too-large = La foto debe pesar menos de { $megabytes } MB
report-error-photo-type = El archivo debe ser una foto en formato JPEG, PNG o WebP
report-error-photo-dimensions = La foto tiene demasiados píxeles. Elija una foto más pequeña.
report-error-photo-damaged = La foto está dañada y no se puede leer. Elija otra foto.
report-error-photo-limit = Puede añadir hasta { $count } fotos. Quite una para añadir otra.
report-error-photo-required = Añada al menos una foto
report-error-photo-outside = El lugar donde se tomó esta foto está fuera de la Ciudad de Toronto

## Revisión, avisos cercanos y envío
report-check-heading = Revise sus respuestas antes de enviar su aviso
report-check-answers = Sus respuestas
report-change = Cambiar
report-anonymous = No se indicaron: este aviso es anónimo
report-submit-note = Al enviar este aviso, confirma que la información es correcta según su conocimiento.
report-submit = Enviar aviso
report-nearby-heading = ¿Ya se ha informado de esto?
report-nearby-intro = Estas solicitudes abiertas sobre el mismo problema están a menos de 250 metros. Si una de ellas es suya, sígala en lugar de enviar un aviso nuevo.
report-nearby-distance = A unos { $metres } m
report-nearby-reporters =
    { $count ->
        [one] { $count } persona ha informado de esto
       *[other] { $count } personas han informado de esto
    }
report-me-too = Yo también: seguir { $number }
report-error-follow = Ya no se puede seguir esa solicitud. Envíe su propio aviso.
report-sent-heading = Aviso enviado
report-sent-number = Su número de solicitud de servicio es
report-sent-next = Guarde este número. Le servirá para ver qué pasa después.
report-sent-track = Seguir esta solicitud
report-another = Informar de otro problema
report-following-heading = Está siguiendo la solicitud { $number }
report-following-body = Se le ha añadido a esta solicitud en lugar de crear una nueva. Su página de estado muestra lo que pasa después.
