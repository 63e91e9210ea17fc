## Chat em direto: o painel de chat do residente, as mensagens deixadas, a consola dos agentes e as mensagens do chat.

chat-launcher = Falar com o 311 por chat
chat-panel-heading = Chat em direto com o 311
chat-close = Fechar o chat
chat-intro = Faça uma pergunta ou obtenha ajuda com um pedido. Um agente responde-lhe aqui assim que estiver disponível.
chat-name-label = O seu nome (opcional)
chat-topic-label = Com que precisa de ajuda?
chat-topic-hint = Por exemplo: o lixo não foi recolhido na minha rua
chat-start = Iniciar o chat
chat-connecting = A ligar…
chat-reconnecting = A ligação foi perdida. A restabelecer a ligação… As suas mensagens são guardadas.
chat-reconnected = Ligação restabelecida.
chat-queue-next = É o próximo na fila.
chat-queue-position = É o número { $position } na fila.
chat-queue-wait =
    { $minutes ->
        [one] Tempo de espera estimado: cerca de { $minutes } minuto.
       *[other] Tempo de espera estimado: cerca de { $minutes } minutos.
    }
chat-waiting-note = Pode escrever a sua pergunta enquanto espera. Mantenha esta página aberta: o chat não se fecha sozinho.
chat-log-label = Conversa
chat-message-label = A sua mensagem
chat-send = Enviar
chat-not-sent = Ainda não foi enviada. Será enviada assim que a ligação voltar.
chat-typing-agent = O agente está a escrever…
chat-typing-resident = O residente está a escrever…
chat-you = Eu
chat-resident = Residente
chat-end = Terminar o chat
chat-ended-heading = O chat terminou
chat-rate-legend = Até que ponto este chat foi útil?
chat-rate-stars =
    { $stars ->
        [one] { $stars } estrela
       *[other] { $stars } estrelas
    }
chat-rate-submit = Enviar avaliação
chat-rate-thanks = Obrigado pela sua avaliação.
chat-transcript-label = Enviar-me a transcrição por e-mail
chat-transcript-submit = Enviar a transcrição
chat-transcript-sent = A transcrição vai a caminho do seu e-mail.
chat-new = Iniciar um novo chat
chat-about-request = Falar por chat sobre este pedido
chat-linked-request = Sobre o pedido { $number }

chat-page-title = Chat em direto
chat-page-intro = Fale em direto por chat com um agente do 311, ou deixe uma mensagem e responderemos por e-mail ou por SMS.
chat-offline-heading = Deixar uma mensagem
chat-offline-intro = Neste momento, nenhum agente está disponível para o chat. Deixe uma mensagem com o seu endereço de e-mail ou número de telefone, e um agente responder-lhe-á.
chat-offline-email = Endereço de e-mail
chat-offline-phone = Número de telefone, para receber a resposta por SMS
chat-offline-body = A sua mensagem
chat-offline-submit = Enviar mensagem
chat-offline-sent = Obrigado. Recebemos a sua mensagem e um agente responder-lhe-á por e-mail ou por SMS.
chat-offline-error-body = Escreva a sua mensagem
chat-offline-error-body-long = A sua mensagem tem de ter 2000 caracteres ou menos
chat-offline-error-name-long = O seu nome tem de ter 100 caracteres ou menos
chat-offline-error-contact = Introduza um endereço de e-mail ou um número de telefone para que possamos responder-lhe
chat-offline-error-email = Introduza um endereço de e-mail no formato correto, como nome@example.com
chat-offline-error-phone = Introduza um número de telefone, como 416 555 0123

## Eventos do chat, mostrados aos dois lados.

chat-event-joined = { $name } entrou no chat.
chat-event-transferred = O chat foi passado para { $name }.
chat-event-ended = O chat terminou.
chat-event-request = Foi criado para si o pedido de serviço { $number }. Pode acompanhá-lo com este número.

## Porque é que algo enviado no chat não foi aceite.

chat-error-bad-frame = Não foi possível ler o que foi enviado. Recarregue a página e tente novamente.
chat-error-too-long = A sua mensagem é demasiado longa. Tem de ter 2000 caracteres ou menos.
chat-error-too-fast = Está a enviar mensagens muito depressa. Aguarde um momento e volte a enviar.
chat-error-empty = Escreva uma mensagem antes de enviar.
chat-error-topic-missing = Indique com que precisa de ajuda.
chat-error-already-started = Este chat já começou.
chat-error-unknown-chat = Não foi possível encontrar esse chat. Inicie um novo chat.
chat-error-no-chat = Primeiro, inicie um chat.
chat-error-chat-ended = Este chat terminou. Inicie um novo chat para enviar mais mensagens.
chat-error-bad-rating = Escolha de 1 a 5 estrelas.
chat-error-not-ended = Pode avaliar o chat depois de ele terminar.
chat-error-bad-email = Introduza um endereço de e-mail no formato correto, como nome@example.com
chat-error-agents-only = Só os agentes podem fazer isso.
chat-error-residents-only = Só os residentes podem fazer isso.
chat-error-not-yours = Esse chat não está atribuído a si.
chat-error-at-limit = Já tem abertos todos os chats que pode atender. Termine um primeiro.
chat-error-taken = Outro agente ficou com esse chat, ou o chat já terminou.
chat-error-agent-unavailable = Esse agente já não está online. Escolha outro.
chat-error-unavailable = O chat não está disponível neste momento. Tente novamente dentro de alguns minutos ou ligue para o 311.

## Respostas predefinidas que os agentes enviam, no idioma do residente.

chat-canned-greeting = Olá, obrigado por contactar o 311 Toronto. Em que posso ajudar hoje?
chat-canned-one-moment = Um momento, por favor, enquanto verifico.
chat-canned-more-details = Pode dizer-me um pouco mais sobre o problema?
chat-canned-location = Onde fica exatamente o problema? Uma morada ou o cruzamento mais próximo ajuda.
chat-canned-request-filed = Criei um pedido de serviço para si. Pode acompanhá-lo com o número indicado neste chat.
chat-canned-goodbye = Obrigado por contactar o 311. Posso ajudar em mais alguma coisa?

## A consola dos agentes, em /agent.

agent-page-heading = Consola de chat
agent-status-connected = Ligado. Está online para receber chats.
agent-status-reconnecting = A ligação foi perdida. A restabelecer a ligação…
agent-queue-heading = Chats em espera
agent-queue-empty = Não há chats em espera.
agent-queue-topic = Tema
agent-queue-language = Idioma
agent-queue-waiting = Em espera
agent-queue-minutes =
    { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }
agent-queue-fallback = Não é um dos seus idiomas
agent-accept = Aceitar
agent-load = Chats abertos: { $active } de { $limit }
agent-chats-heading = Os seus chats
agent-no-chats = Aceite um chat da fila para começar.
agent-chat-with = Chat com { $name }
agent-chat-language = Idioma: { $language }
agent-chat-topic = Tema: { $topic }
agent-canned-label = Resposta predefinida
agent-canned-choose = Escolha uma resposta
agent-canned-insert = Usar esta resposta
agent-reply-label = Resposta
agent-send = Enviar
agent-add-note = Adicionar como nota interna
agent-note = Nota interna
agent-transfer-label = Transferir para
agent-transfer = Transferir
agent-transfer-none = Não há outros agentes online.
agent-end = Terminar o chat
agent-ended = Este chat terminou.
agent-close = Fechar
agent-request-heading = Criar um pedido de serviço
agent-request-service = Tipo de serviço
agent-request-place = Local: rua, cruzamento ou sítio
agent-request-description = Descrição
agent-request-submit = Abrir o formulário de comunicação
agent-request-hint = O formulário de comunicação abre já preenchido com os dados deste chat. Verifique-o e envie-o; o número do pedido é publicado no chat.
agent-cases-heading = Mensagens deixadas quando ninguém podia atender o chat
agent-cases-empty = Não há mensagens à espera de resposta.
agent-case-from = De { $name }, { $contact }
agent-case-reply = A sua resposta
agent-case-send = Enviar resposta
agent-case-answered = A sua resposta foi enviada.
agent-error-reply = Introduza uma resposta com 2000 caracteres ou menos.
agent-error-answered = Essa mensagem já foi respondida.
agent-error-not-yours = Esse chat já não está atribuído a si.
agent-error-service = Escolha um tipo de serviço.
staff-chat-transcripts = Transcrições de chats

## Mensagens enviadas por e-mail ou SMS.

notify-chat-transcript-subject = O seu chat com o 311 Toronto
notify-chat-transcript-email = Aqui está a transcrição do seu chat com o 311 Toronto, tal como pediu.
notify-chat-reply-subject = Uma resposta à sua mensagem para o 311 Toronto
notify-chat-reply-email =
    Deixou uma mensagem para o 311 Toronto. Um agente respondeu:

    { $reply }
notify-chat-reply-sms = 311 Toronto: { $reply }
