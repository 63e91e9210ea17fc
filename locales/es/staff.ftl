### La consola del personal: inicio de sesión, la cola, el cambio de estado de una solicitud, el registro de auditoría.

staff-page-title = { $heading } – { -product-name }, área del personal
staff-unavailable = En este momento no se puede mostrar la consola del personal. Vuelva a intentarlo en unos minutos.
staff-forbidden-heading = No puede abrir esta página
staff-forbidden-body = Su cuenta no tiene acceso a esta parte de la consola del personal. Si lo necesita, pídalo a un administrador.

## Inicio de sesión
staff-login-heading = Inicio de sesión del personal
staff-password = Contraseña
staff-sign-in = Iniciar sesión
staff-sign-out = Cerrar sesión
staff-signed-in-as = Sesión iniciada como { $name }
staff-login-error-wrong = El correo electrónico o la contraseña no son correctos
staff-login-error-locked = Demasiados intentos de inicio de sesión. Espere 15 minutos y vuelva a intentarlo.
staff-error-csrf = El formulario estaba desactualizado. Vuelva a cargar la página e inténtelo de nuevo.

## La cola
staff-queue-heading = Cola de solicitudes de servicio
staff-filter-any = Todos
staff-filter-overdue = Solo solicitudes con la fecha prevista vencida
staff-filter-complaints = Solo solicitudes con una queja a la espera de respuesta
staff-filter-apply = Mostrar solicitudes
staff-queue-empty = Ninguna solicitud de servicio coincide con estos filtros.
staff-column-number = Número de solicitud
staff-complaint-due = Queja: responder a más tardar el { $date }
staff-complaint-escalated = Queja elevada: la respuesta se ha retrasado

## Una solicitud
staff-change-heading = Cambiar el estado
staff-new-status = Nuevo estado
staff-reason = Motivo del cierre
staff-reason-hint = Obligatorio cuando el nuevo estado cierra la solicitud. Debe corresponder al estado.
staff-reason-none = Sin motivo: la solicitud sigue abierta
staff-public-note = Nota pública
staff-public-note-hint = El residente la ve en la página de estado. Al cerrar, indique qué se hizo o por qué no se hizo nada.
staff-internal-note = Nota interna
staff-internal-note-hint = Solo la ve el personal.
staff-save = Guardar el cambio
staff-saved = El cambio se guardó.
staff-history-heading = Historial completo
staff-error-status = Elija un estado de la lista
staff-error-reason-missing = Elija un motivo para cerrar la solicitud
staff-error-reason-mismatch = El motivo no corresponde al nuevo estado. Elija un motivo que corresponda.
staff-error-note-missing = Escriba una nota pública que explique al residente qué se hizo o por qué no se hizo nada
staff-error-reason-open = El motivo del cierre solo se usa con estados que cierran la solicitud

## Motivos de cierre
staff-reason-repaired = Reparado
staff-reason-cleaned = Limpiado
staff-reason-removed = Retirado
staff-reason-other-government = Derivado a otro nivel de gobierno
staff-reason-utility-company = Derivado a la empresa de servicios públicos o a la compañía propietaria
staff-reason-private-property = En propiedad privada: derivado al propietario
staff-reason-not-found = Inspeccionado: no se encontró ningún problema
staff-reason-already-resolved = Ya resuelto antes de que llegara el equipo
staff-reason-meets-standard = Inspeccionado: cumple el estándar de la Ciudad
staff-reason-duplicate = Duplicado de otra solicitud

## El registro de auditoría
staff-audit-heading = Registro de auditoría
staff-column-when = Cuándo
staff-column-who = Quién
staff-column-action = Acción
staff-column-detail = Detalle
staff-action-login = Inicio de sesión
staff-action-logout = Cierre de sesión
staff-action-login-failed = Inicio de sesión fallido
staff-action-login-locked = Inicio de sesión rechazado: demasiados intentos
staff-action-status-change = Cambio de estado
staff-action-escalation = Queja elevada automáticamente: venció su plazo de respuesta (SLA)

## Cambiar varias solicitudes a la vez desde la cola
staff-bulk-column = Seleccionar
staff-bulk-select = Seleccionar la solicitud { $number }
staff-bulk-heading = Cambiar las solicitudes seleccionadas
staff-bulk-hint = Marque solicitudes en la tabla y luego elija el cambio. Cada solicitud recibe el mismo estado, el mismo motivo y las mismas notas, y su propia línea en su historial.
staff-bulk-button = Cambiar las solicitudes seleccionadas
staff-bulk-saved =
    { $count ->
        [one] Se cambió una solicitud.
       *[other] Se cambiaron { $count } solicitudes.
    }
staff-error-none-selected = Seleccione al menos una solicitud en la tabla.
staff-bulk-skipped =
    { $count ->
        [one] Una solicitud no se cambió: para marcarla como «Completada» se necesita una foto del trabajo terminado. Ábrala para añadir una.
       *[other] { $count } solicitudes no se cambiaron: para marcarlas como «Completada» se necesita una foto del trabajo terminado. Abra cada una para añadirla.
    }

## Una foto con un cambio de estado (del trabajo terminado)
staff-photo = Foto del trabajo (opcional)
staff-photo-hint = Una imagen JPEG, PNG o WebP de hasta 10 MB. Los residentes la ven en la página de la solicitud, en «Lo que ha pasado hasta ahora».
staff-photo-hint-required = Este servicio necesita una foto del trabajo terminado para marcar la solicitud como «Completada». Una imagen JPEG, PNG o WebP de hasta 10 MB; los residentes la ven en «Lo que ha pasado hasta ahora».
staff-error-completion-photo-missing = Añada una foto del trabajo terminado: este servicio la necesita para marcar la solicitud como «Completada»
