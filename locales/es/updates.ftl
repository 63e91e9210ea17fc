## Actualizaciones sobre una solicitud por correo electrónico o mensaje de texto: los formularios de
## la página de estado, la página para darse de baja y los propios mensajes. Los mensajes son texto sin
## formato; $number es un número de solicitud como 2026-000123, $service el nombre de un tipo de servicio,
## $status el nombre de un estado.

updates-heading = Recibir actualizaciones
updates-intro = Podemos avisarle cada vez que esta solicitud cambie. Primero le enviamos un código, para comprobar que la dirección o el número es suyo.
updates-email-label = Correo electrónico
updates-email-hint = Solo lo usamos para enviarle actualizaciones sobre esta solicitud.
updates-email-button = Recibir actualizaciones por correo electrónico
updates-phone-label = Número de teléfono celular
updates-phone-hint = Por ejemplo: 416 555 0123. Su compañía telefónica puede cobrarle los mensajes de texto.
updates-phone-button = Recibir actualizaciones por mensaje de texto
updates-code-sent-email = Enviamos un código de 6 dígitos a { $address }.
updates-code-sent-sms = Enviamos un código de 6 dígitos por mensaje de texto al { $address }.
updates-code-label = Código
updates-code-hint = El código vence 15 minutos después de que se lo enviamos.
updates-confirm-button = Confirmar
updates-resend-button = Enviar un código nuevo
updates-resent = Le enviamos un código nuevo. Solo sirve el código más reciente.
updates-on = Recibirá actualizaciones sobre esta solicitud. Cada mensaje incluye un enlace para dejar de recibirlas.
updates-already = Esa dirección o número ya recibe actualizaciones sobre esta solicitud.
updates-error-email = Escriba una dirección de correo electrónico, como name@example.com
updates-error-phone = Escriba un número de celular con su código de área, como 416 555 0123
updates-error-too-many = Pidió varios códigos en poco tiempo. Use el último código que le enviamos o vuelva a intentarlo dentro de una hora.
updates-error-code-format = Escriba el código de 6 dígitos del mensaje que le enviamos
updates-error-code-wrong = El código no es correcto. Revise el último mensaje que le enviamos y vuelva a intentarlo.
updates-error-code-expired = El código venció. Pida un código nuevo.
updates-error-code-attempts = El código se escribió mal demasiadas veces. Pida un código nuevo.
updates-error-unknown = Este código ya no se puede usar. Vuelva a pedir las actualizaciones.

unsubscribe-title = Dejar de recibir actualizaciones
unsubscribe-heading = Dejar de recibir actualizaciones sobre la solicitud { $number }
unsubscribe-sent-to-email = Las actualizaciones se envían a { $address }.
unsubscribe-sent-to-sms = Las actualizaciones se envían por mensaje de texto al { $address }.
unsubscribe-button = Dejar de recibir actualizaciones
unsubscribe-done = Ya no recibirá más actualizaciones sobre la solicitud { $number }.
unsubscribe-unknown = Este enlace no es válido. Compruebe que lo copió completo.
unsubscribe-back = Ver la solicitud

notify-code-subject = Su código para la solicitud { $number }
notify-code-email =
    Su código es { $code }.
    
    Escríbalo en la página donde pidió recibir actualizaciones sobre la solicitud { $number }. Vence en 15 minutos.
    
    Si usted no pidió actualizaciones, no haga caso de este correo.
notify-code-sms = Su código del 311 para la solicitud { $number } es { $code }. Vence en 15 minutos.
notify-status-subject = Solicitud { $number }: { $status }
notify-status-email = Su solicitud { $number } ({ $service }) tiene un nuevo estado: { $status }.
notify-status-sms = 311: la solicitud { $number } ({ $service }) tiene un nuevo estado: { $status }.
notify-note = Nota de la Ciudad: { $note }
notify-escalated-subject = Solicitud { $number }: su queja se elevó a la dirección de la división
notify-escalated-email = Su queja sobre la solicitud { $number } ({ $service }) no se respondió a tiempo, por lo que se elevó a la dirección de la división.
notify-escalated-sms = 311: su queja sobre la solicitud { $number } se elevó a la dirección de la división.
notify-link = Vea la solicitud y su historial: { $link }
notify-link-sms = { $link }
notify-footer-email = Recibe este correo porque pidió actualizaciones sobre esta solicitud.
notify-unsubscribe = Dejar de recibir estas actualizaciones: { $unsubscribe }
notify-unsubscribe-sms = Responda STOP para no recibir más mensajes, o visite { $unsubscribe }
