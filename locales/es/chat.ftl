## Chat en vivo: el panel de chat del residente, los mensajes que se dejan, la consola de los agentes y los mensajes del chat.

chat-launcher = Chatear con el 311
chat-panel-heading = Chat en vivo con el 311
chat-close = Cerrar el chat
chat-intro = Haga una pregunta u obtenga ayuda con una solicitud. Un agente le responderá aquí en cuanto esté disponible.
chat-name-label = Su nombre (opcional)
chat-topic-label = ¿Con qué necesita ayuda?
chat-topic-hint = Por ejemplo: no recogieron la basura en mi calle
chat-start = Iniciar el chat
chat-connecting = Conectando…
chat-reconnecting = Se perdió la conexión. Reconectando… Sus mensajes se conservan.
chat-reconnected = Se restableció la conexión.
chat-queue-next = Usted es el siguiente en la cola.
chat-queue-position = Usted es el número { $position } en la cola.
chat-queue-wait =
    { $minutes ->
        [one] Espera estimada: alrededor de { $minutes } minuto.
       *[other] Espera estimada: alrededor de { $minutes } minutos.
    }
chat-waiting-note = Puede escribir su pregunta mientras espera. Mantenga esta página abierta: el chat no se cierra solo.
chat-log-label = Conversación
chat-message-label = Su mensaje
chat-send = Enviar
chat-not-sent = Todavía no se ha enviado. Se enviará en cuanto vuelva la conexión.
chat-typing-agent = El agente está escribiendo…
chat-typing-resident = El residente está escribiendo…
chat-you = Usted
chat-resident = Residente
chat-end = Terminar el chat
chat-ended-heading = El chat ha terminado
chat-rate-legend = ¿Qué tan útil le resultó este chat?
chat-rate-stars =
    { $stars ->
        [one] { $stars } estrella
       *[other] { $stars } estrellas
    }
chat-rate-submit = Enviar calificación
chat-rate-thanks = Gracias por su calificación.
chat-transcript-label = Enviarme la transcripción por correo electrónico
chat-transcript-submit = Enviar la transcripción
chat-transcript-sent = La transcripción va en camino a su correo electrónico.
chat-new = Iniciar un chat nuevo
chat-about-request = Chatear sobre esta solicitud
chat-linked-request = Sobre la solicitud { $number }

chat-page-title = Chat en vivo
chat-page-intro = Chatee en vivo con un agente del 311, o deje un mensaje y le responderemos por correo electrónico o por mensaje de texto.
chat-offline-heading = Dejar un mensaje
chat-offline-intro = En este momento no hay ningún agente disponible para chatear. Deje un mensaje con su correo electrónico o su número de teléfono, y un agente le responderá.
chat-offline-email = Correo electrónico
chat-offline-phone = Número de teléfono, para recibir la respuesta por mensaje de texto
chat-offline-body = Su mensaje
chat-offline-submit = Enviar mensaje
chat-offline-sent = Gracias. Recibimos su mensaje y un agente le responderá por correo electrónico o por mensaje de texto.
chat-offline-error-body = Escriba su mensaje
chat-offline-error-body-long = Su mensaje debe tener 2000 caracteres como máximo
chat-offline-error-name-long = Su nombre debe tener 100 caracteres como máximo
chat-offline-error-contact = Escriba un correo electrónico o un número de teléfono para que podamos responderle
chat-offline-error-email = Escriba una dirección de correo electrónico con el formato correcto, como nombre@example.com
chat-offline-error-phone = Escriba un número de teléfono, como 416 555 0123

## Eventos del chat, que ven ambas partes.

chat-event-joined = { $name } se unió al chat.
chat-event-transferred = El chat se transfirió a { $name }.
chat-event-ended = El chat ha terminado.
chat-event-request = Se creó para usted la solicitud de servicio { $number }. Puede seguirla con este número.

## Por qué no se aceptó algo enviado en el chat.

chat-error-bad-frame = No se pudo leer. Vuelva a cargar la página e inténtelo de nuevo.
chat-error-too-long = Su mensaje es demasiado largo. Debe tener 2000 caracteres como máximo.
chat-error-too-fast = Está enviando mensajes muy rápido. Espere un momento y vuelva a enviarlo.
chat-error-empty = Escriba un mensaje antes de enviarlo.
chat-error-topic-missing = Indique con qué necesita ayuda.
chat-error-already-started = Este chat ya comenzó.
chat-error-unknown-chat = No se encontró ese chat. Inicie un chat nuevo.
chat-error-no-chat = Primero inicie un chat.
chat-error-chat-ended = Este chat ha terminado. Inicie un chat nuevo para enviar más mensajes.
chat-error-bad-rating = Elija de 1 a 5 estrellas.
chat-error-not-ended = Podrá calificar el chat cuando haya terminado.
chat-error-bad-email = Escriba una dirección de correo electrónico con el formato correcto, como nombre@example.com
chat-error-agents-only = Solo los agentes pueden hacer eso.
chat-error-residents-only = Solo los residentes pueden hacer eso.
chat-error-not-yours = Ese chat no está asignado a usted.
chat-error-at-limit = Ya tiene abiertos todos los chats que puede atender. Primero termine uno.
chat-error-taken = Otro agente tomó ese chat, o ya terminó.
chat-error-agent-unavailable = Ese agente ya no está en línea. Elija otro.
chat-error-unavailable = El chat no está disponible en este momento. Vuelva a intentarlo en unos minutos o llame al 311.

## Respuestas predefinidas que envían los agentes, en el idioma del residente.

chat-canned-greeting = Hola, gracias por comunicarse con 311 Toronto. ¿En qué puedo ayudarle hoy?
chat-canned-one-moment = Un momento, por favor, mientras reviso esto.
chat-canned-more-details = ¿Podría contarme un poco más sobre el problema?
chat-canned-location = ¿Dónde está exactamente el problema? Nos ayuda una dirección o el cruce más cercano.
chat-canned-request-filed = Creé una solicitud de servicio para usted. Puede seguirla con el número que aparece en este chat.
chat-canned-goodbye = Gracias por comunicarse con el 311. ¿Hay algo más en lo que pueda ayudarle?

## La consola de los agentes, en /agent.

agent-page-heading = Consola de chat
agent-status-connected = Conectado. Está en línea para atender chats.
agent-status-reconnecting = Se perdió la conexión. Reconectando…
agent-queue-heading = Chats en espera
agent-queue-empty = No hay chats en espera.
agent-queue-topic = Tema
agent-queue-language = Idioma
agent-queue-waiting = En espera
agent-queue-minutes =
    { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }
agent-queue-fallback = No es uno de sus idiomas
agent-accept = Aceptar
agent-load = Chats abiertos: { $active } de { $limit }
agent-chats-heading = Sus chats
agent-no-chats = Acepte un chat de la cola para empezar.
agent-chat-with = Chat con { $name }
agent-chat-language = Idioma: { $language }
agent-chat-topic = Tema: { $topic }
agent-canned-label = Respuesta predefinida
agent-canned-choose = Elija una respuesta
agent-canned-insert = Usar esta respuesta
agent-reply-label = Respuesta
agent-send = Enviar
agent-add-note = Agregar como nota interna
agent-note = Nota interna
agent-transfer-label = Transferir a
agent-transfer = Transferir
agent-transfer-none = No hay ningún otro agente en línea.
agent-end = Terminar el chat
agent-ended = Este chat ha terminado.
agent-close = Cerrar
agent-request-heading = Crear una solicitud de servicio
agent-request-service = Tipo de servicio
agent-request-place = Ubicación: calle, cruce o lugar
agent-request-description = Descripción
agent-request-submit = Abrir el formulario de aviso
agent-request-hint = El formulario de aviso se abre con los datos de este chat. Revíselo y envíelo; el número de la solicitud se publica en el chat.
agent-cases-heading = Mensajes que se dejaron cuando nadie podía chatear
agent-cases-empty = No hay mensajes que esperen respuesta.
agent-case-from = De { $name }, { $contact }
agent-case-reply = Su respuesta
agent-case-send = Enviar respuesta
agent-case-answered = Su respuesta se envió.
agent-error-reply = Escriba una respuesta de 2000 caracteres como máximo.
agent-error-answered = Ese mensaje ya tiene respuesta.
agent-error-not-yours = Ese chat ya no está asignado a usted.
agent-error-service = Elija un tipo de servicio.
staff-chat-transcripts = Transcripciones de chats

## Mensajes enviados por correo electrónico o por mensaje de texto.

notify-chat-transcript-subject = Su chat con 311 Toronto
notify-chat-transcript-email = Aquí tiene la transcripción de su chat con 311 Toronto, como lo pidió.
notify-chat-reply-subject = Una respuesta a su mensaje a 311 Toronto
notify-chat-reply-email =
    Usted dejó un mensaje para 311 Toronto. Un agente respondió:

    { $reply }
notify-chat-reply-sms = 311 Toronto: { $reply }
