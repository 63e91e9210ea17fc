### Textos da interface do Civic311: português.

-product-name = Civic311

site-name = { -product-name }
skip-to-content = Saltar para o conteúdo principal
language-switcher-label = Idioma
loading = A carregar…
footer-emergency = Em caso de emergência, ligue para o 911. Este portal destina-se a serviços municipais que não são de emergência.

home-title = Comunicar um problema ou pedir um serviço municipal – { -product-name }
home-heading = Comunicar um problema ou pedir um serviço municipal
home-intro = Informe a Cidade sobre um buraco na estrada, uma recolha de lixo que não foi feita, graffiti e mais de 60 outros problemas que não são de emergência. Recebe um número de pedido de serviço para acompanhar o que acontece a seguir.
home-groups-heading = De que se trata?
home-report-button = Comunicar um problema
service-group-count =
    { $count ->
        [one] { $count } serviço
       *[other] { $count } serviços
    }
catalogue-unavailable = Não é possível mostrar a lista de serviços neste momento. Tente novamente dentro de alguns minutos.

not-found-title = Página não encontrada – { -product-name }
not-found-heading = Página não encontrada
not-found-home-link = Ir para a página inicial

## Navegação e erros de formulário
site-nav-label = Principal
nav-track = Acompanhar um pedido
nav-report = Comunicar um problema
error-title-prefix = Erro:
error-summary-heading = Existe um problema

## Consultar um pedido de serviço
lookup-title = Acompanhar um pedido de serviço – { -product-name }
lookup-heading = Acompanhar um pedido de serviço
lookup-label = Número do pedido de serviço
lookup-hint = O número do seu pedido de serviço está na página de confirmação e nos e-mails que recebeu. Tem este formato: 2026-000123.
lookup-button = Encontrar o meu pedido
lookup-error-format = Introduza o número do seu pedido de serviço no formato 2026-000123

## Um pedido de serviço
request-title = Pedido de serviço { $number } – { -product-name }
request-heading = Pedido de serviço { $number }
request-status = Estado
request-service = Serviço
request-division = Tratado por
request-filed = Recebido
request-expected = Data prevista
request-location = Local
request-ward = Circunscrição
request-ward-value = Circunscrição { $number }: { $name }
request-due-today = previsto para hoje
request-days-left =
    { $days ->
        [one] falta { $days } dia
       *[other] faltam { $days } dias
    }
request-days-overdue =
    { $days ->
        [one] { $days } dia de atraso em relação à data prevista
       *[other] { $days } dias de atraso em relação à data prevista
    }
request-timeline-heading = O que aconteceu até agora
request-event-photo-alt = Fotografia do trabalho tirada pela Cidade, número { $number }
request-unavailable = Não é possível mostrar este pedido de serviço neste momento. Tente novamente dentro de alguns minutos.
request-not-found-title = Pedido de serviço não encontrado – { -product-name }
request-not-found-heading = Não conseguimos encontrar esse pedido de serviço
request-not-found-body = Não existe nenhum pedido de serviço { $number }. Verifique o número na sua página de confirmação ou no seu e-mail. Um pedido que acabou de fazer pode demorar um minuto a aparecer.
request-not-found-retry = Procurar outro número

## Estados, em linguagem simples
status-received = Recebido
status-assigned = Atribuído à divisão
status-inspection = Inspeção
status-scheduled = Trabalho agendado
status-completed = Concluído
status-closed_referred = Encerrado – encaminhado para outra entidade
status-closed_no_action = Encerrado – não é necessária intervenção
status-closed_duplicate = Encerrado – duplicado

## O diretório de serviços
nav-services = Serviços municipais
services-title = Serviços municipais – { -product-name }
services-heading = Serviços municipais
services-intro = Encontre o serviço certo para o seu problema. Pesquise com as suas próprias palavras ou explore por tema.
services-search-label = Procurar um serviço
services-search-hint = Por exemplo: buraco na estrada, lixo não recolhido, ruído
services-search-button = Procurar
services-results-heading =
    { $count ->
        [one] { $count } serviço corresponde a «{ $query }»
       *[other] { $count } serviços correspondem a «{ $query }»
    }
services-no-results = Nenhum serviço corresponde a «{ $query }». Experimente outras palavras ou explore os temas abaixo.
services-browse-heading = Explorar por tema
service-detail-title = { $name } – { -product-name }
service-topic = Tema
service-standard = Padrão de serviço
service-sla-hours =
    { $count ->
        [one] O nosso objetivo é responder no prazo de { $count } hora
       *[other] O nosso objetivo é responder no prazo de { $count } horas
    }
service-sla-business-days =
    { $count ->
        [one] O nosso objetivo é responder no prazo de { $count } dia útil
       *[other] O nosso objetivo é responder no prazo de { $count } dias úteis
    }
service-sla-calendar-days =
    { $count ->
        [one] O nosso objetivo é responder no prazo de { $count } dia
       *[other] O nosso objetivo é responder no prazo de { $count } dias
    }
service-back = Todos os serviços municipais
service-not-found-title = Serviço não encontrado – { -product-name }
service-not-found-heading = Não conseguimos encontrar esse serviço

## Reclamações sobre um pedido
request-complaint-heading = Não está satisfeito com o andamento deste pedido?
request-complaint-overdue = A data prevista já passou e este pedido não está encerrado. Pode apresentar uma reclamação: um supervisor tem de responder no prazo de 5 dias úteis; caso contrário, a reclamação é encaminhada para a direção da divisão.
request-complaint-closed = Se o problema não foi resolvido, ou se não concorda com a forma como este pedido foi encerrado, pode apresentar uma reclamação: um supervisor tem de responder no prazo de 5 dias úteis; caso contrário, a reclamação é encaminhada para a direção da divisão.
request-complaint-details = Qual é o problema?
request-complaint-details-hint = Por exemplo: o buraco na estrada continua lá depois de o pedido ter sido encerrado.
request-complaint-email = Endereço de e-mail (opcional)
request-complaint-email-hint = Para lhe podermos comunicar a resposta. Nunca é mostrado publicamente.
request-complaint-submit = Apresentar uma reclamação
request-complaint-filed = A sua reclamação foi apresentada. Aparece no histórico abaixo.
request-complaint-pending = Há uma reclamação sobre este pedido à espera de resposta, prevista até { $date }.
request-complaint-escalated = A resposta está atrasada, pelo que a reclamação foi encaminhada para a direção da divisão.
request-complaint-error-details = Diga-nos qual é o problema
request-complaint-error-too-long = A reclamação tem de ter 2000 caracteres ou menos
status-complaint = Reclamação apresentada
status-escalated = Reclamação encaminhada para a direção da divisão
