### A consola dos funcionários: início de sessão, a fila, a alteração do estado de um pedido, o registo de auditoria.

staff-page-title = { $heading } – { -product-name }, área dos funcionários
staff-unavailable = Não é possível mostrar a consola dos funcionários neste momento. Tente novamente dentro de alguns minutos.
staff-forbidden-heading = Não pode abrir esta página
staff-forbidden-body = A sua conta não tem acesso a esta parte da consola dos funcionários. Se precisar, peça a um administrador.

## Início de sessão
staff-login-heading = Início de sessão dos funcionários
staff-password = Palavra-passe
staff-sign-in = Iniciar sessão
staff-sign-out = Terminar sessão
staff-signed-in-as = Sessão iniciada como { $name }
staff-login-error-wrong = O endereço de e-mail ou a palavra-passe não estão corretos
staff-login-error-locked = Demasiadas tentativas de início de sessão. Aguarde 15 minutos e tente novamente.
staff-error-csrf = O formulário estava desatualizado. Recarregue a página e tente novamente.

## A fila
staff-queue-heading = Fila de pedidos de serviço
staff-filter-any = Todos
staff-filter-overdue = Só pedidos com a data prevista ultrapassada
staff-filter-complaints = Só pedidos com uma reclamação à espera de resposta
staff-filter-apply = Mostrar pedidos
staff-queue-empty = Nenhum pedido de serviço corresponde a estes filtros.
staff-column-number = Número do pedido
staff-complaint-due = Reclamação: responder até { $date }
staff-complaint-escalated = Reclamação encaminhada: a resposta está atrasada

## Um pedido
staff-change-heading = Alterar o estado
staff-new-status = Novo estado
staff-reason = Motivo de encerramento
staff-reason-hint = Obrigatório quando o novo estado encerra o pedido. Tem de corresponder ao estado.
staff-reason-none = Sem motivo: o pedido continua aberto
staff-public-note = Nota pública
staff-public-note-hint = O residente vê esta nota na página de estado. Ao encerrar, indique o que foi feito ou por que razão nada foi feito.
staff-internal-note = Nota interna
staff-internal-note-hint = Só os funcionários veem esta nota.
staff-save = Guardar a alteração
staff-saved = A alteração foi guardada.
staff-history-heading = Histórico completo
staff-error-status = Escolha um estado da lista
staff-error-reason-missing = Escolha um motivo para encerrar o pedido
staff-error-reason-mismatch = O motivo não corresponde ao novo estado. Escolha um motivo que corresponda.
staff-error-note-missing = Escreva uma nota pública que diga ao residente o que foi feito ou por que razão nada foi feito
staff-error-reason-open = Um motivo de encerramento só se aplica a estados que encerram o pedido

## Motivos de encerramento
staff-reason-repaired = Reparado
staff-reason-cleaned = Limpo
staff-reason-removed = Removido
staff-reason-other-government = Encaminhado para outro nível de governo
staff-reason-utility-company = Encaminhado para a empresa de serviços públicos ou a empresa proprietária
staff-reason-private-property = Em propriedade privada: encaminhado para o proprietário
staff-reason-not-found = Inspecionado: nenhum problema encontrado
staff-reason-already-resolved = Já resolvido antes de a equipa chegar
staff-reason-meets-standard = Inspecionado: cumpre o padrão da Cidade
staff-reason-duplicate = Duplicado de outro pedido

## O registo de auditoria
staff-audit-heading = Registo de auditoria
staff-column-when = Quando
staff-column-who = Quem
staff-column-action = Ação
staff-column-detail = Detalhe
staff-action-login = Início de sessão
staff-action-logout = Fim de sessão
staff-action-login-failed = Início de sessão falhado
staff-action-login-locked = Início de sessão recusado: demasiadas tentativas
staff-action-status-change = Estado alterado
staff-action-escalation = Reclamação encaminhada automaticamente: o prazo de resposta (SLA) expirou

## Alterar vários pedidos de uma vez a partir da fila
staff-bulk-column = Selecionar
staff-bulk-select = Selecionar o pedido { $number }
staff-bulk-heading = Alterar os pedidos selecionados
staff-bulk-hint = Assinale pedidos na tabela e, depois, escolha a alteração. Cada pedido recebe o mesmo estado, o mesmo motivo e as mesmas notas, e uma linha própria no seu histórico.
staff-bulk-button = Alterar os pedidos selecionados
staff-bulk-saved =
    { $count ->
        [one] { $count } pedido foi alterado.
       *[other] { $count } pedidos foram alterados.
    }
staff-error-none-selected = Selecione pelo menos um pedido na tabela.
staff-bulk-skipped =
    { $count ->
        [one] { $count } pedido não foi alterado: para o marcar como «Concluído», é necessária uma fotografia do trabalho terminado. Abra-o para adicionar uma.
       *[other] { $count } pedidos não foram alterados: para os marcar como «Concluído», é necessária uma fotografia do trabalho terminado. Abra cada um para adicionar uma.
    }

## Uma fotografia com uma alteração de estado (do trabalho terminado)
staff-photo = Fotografia do trabalho (opcional)
staff-photo-hint = Uma imagem JPEG, PNG ou WebP com até 10 MB. Os residentes veem-na na página do pedido, em «O que aconteceu até agora».
staff-photo-hint-required = Este serviço precisa de uma fotografia do trabalho terminado para marcar o pedido como «Concluído». Uma imagem JPEG, PNG ou WebP com até 10 MB; os residentes veem-na em «O que aconteceu até agora».
staff-error-completion-photo-missing = Adicione uma fotografia do trabalho terminado: este serviço precisa de uma para marcar o pedido como «Concluído»
