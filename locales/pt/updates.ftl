## Atualizações sobre um pedido por e-mail ou SMS: os formulários da página de estado, a página para
## cancelar as atualizações e as próprias mensagens. As mensagens são texto simples; $number é um número
## de pedido como 2026-000123, $service o nome de um tipo de serviço, $status o nome de um estado.

updates-heading = Receber atualizações
updates-intro = Podemos enviar-lhe um aviso sempre que este pedido mudar. Primeiro enviamos-lhe um código, para confirmar que o endereço ou o número é seu.
updates-email-label = Endereço de e-mail
updates-email-hint = Só o usamos para atualizações sobre este pedido.
updates-email-button = Receber atualizações por e-mail
updates-phone-label = Número de telemóvel
updates-phone-hint = Por exemplo, 416 555 0123. O seu operador pode cobrar as mensagens.
updates-phone-button = Receber atualizações por SMS
updates-code-sent-email = Enviámos um código de 6 algarismos para { $address }.
updates-code-sent-sms = Enviámos um código de 6 algarismos por SMS para o número { $address }.
updates-code-label = Código
updates-code-hint = O código expira 15 minutos depois de ser enviado.
updates-confirm-button = Confirmar
updates-resend-button = Enviar um novo código
updates-resent = Enviámos um novo código. Só o código mais recente funciona.
updates-on = Vai receber atualizações sobre este pedido. Todas as mensagens têm uma ligação para as cancelar.
updates-already = Esse endereço ou número já recebe atualizações sobre este pedido.
updates-error-email = Introduza um endereço de e-mail, como name@example.com
updates-error-phone = Introduza um número de telemóvel com o indicativo de zona, como 416 555 0123
updates-error-too-many = Pediu vários códigos em pouco tempo. Use o último código que enviámos ou tente novamente dentro de uma hora.
updates-error-code-format = Introduza o código de 6 algarismos da mensagem que enviámos
updates-error-code-wrong = O código não está correto. Verifique a mensagem mais recente que enviámos e tente novamente.
updates-error-code-expired = O código expirou. Peça um novo código.
updates-error-code-attempts = O código foi introduzido incorretamente demasiadas vezes. Peça um novo código.
updates-error-unknown = Este código já não pode ser usado. Volte a pedir as atualizações.

unsubscribe-title = Cancelar atualizações
unsubscribe-heading = Cancelar as atualizações sobre o pedido { $number }
unsubscribe-sent-to-email = As atualizações são enviadas para { $address }.
unsubscribe-sent-to-sms = As atualizações são enviadas por SMS para o número { $address }.
unsubscribe-button = Cancelar atualizações
unsubscribe-done = Não vai receber mais atualizações sobre o pedido { $number }.
unsubscribe-unknown = Esta ligação não é válida. Verifique se foi copiada por completo.
unsubscribe-back = Ver o pedido

notify-code-subject = O seu código para o pedido { $number }
notify-code-email =
    O seu código é { $code }.
    
    Introduza-o na página onde pediu atualizações sobre o pedido { $number }. Expira dentro de 15 minutos.
    
    Se não pediu atualizações, ignore este e-mail.
notify-code-sms = O seu código 311 para o pedido { $number } é { $code }. Expira dentro de 15 minutos.
notify-status-subject = Pedido { $number }: { $status }
notify-status-email = O seu pedido { $number } ({ $service }) tem um novo estado: { $status }.
notify-status-sms = 311: o pedido { $number } ({ $service }) tem um novo estado: { $status }.
notify-note = Nota da Cidade: { $note }
notify-escalated-subject = Pedido { $number }: a sua reclamação foi encaminhada para a direção da divisão
notify-escalated-email = A sua reclamação sobre o pedido { $number } ({ $service }) não teve resposta a tempo, pelo que foi encaminhada para a direção da divisão.
notify-escalated-sms = 311: a sua reclamação sobre o pedido { $number } foi encaminhada para a direção da divisão.
notify-link = Ver o pedido e o seu histórico: { $link }
notify-link-sms = { $link }
notify-footer-email = Recebe este e-mail porque pediu atualizações sobre este pedido.
notify-unsubscribe = Cancelar estas atualizações: { $unsubscribe }
notify-unsubscribe-sms = Responda STOP para cancelar ou visite { $unsubscribe }
