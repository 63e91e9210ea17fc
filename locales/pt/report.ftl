### Comunicar um problema: as páginas /report, os respetivos erros, o mapa e as fotografias.

report-page-title = { $heading } – { -product-name }
report-caption = Comunicar um problema
report-unavailable = Não é possível mostrar o formulário de comunicação neste momento. Tente novamente dentro de alguns minutos.
report-continue = Continuar
report-optional = { $label } (opcional)

## Escolher o serviço
report-choose-heading = O que pretende comunicar?
report-choose-intro = Pesquise com as suas próprias palavras ou escolha um dos temas abaixo.
report-start-button = Começar
report-choose-other = Comunicar outra coisa
report-not-found-heading = Não conseguimos encontrar essa comunicação
report-not-found-body = A ligação pode estar incompleta ou ter sido mal escrita.
report-start-again = Iniciar uma nova comunicação

## A quem pertence, e graffiti motivado por ódio
report-owner-question = A quem pertence o objeto com o problema?
report-owner-hint = Procure um logótipo ou uma etiqueta no objeto. A Cidade só pode reparar o que lhe pertence.
report-owner-city = A Cidade de Toronto, por exemplo um muro, uma ponte, um sinal ou uma papeleira municipal
report-owner-unknown = Não sei
report-owner-bell = Bell Canada: cabines telefónicas, postes e armários da Bell
report-owner-rogers = Rogers: caixas e armários de cabo
report-owner-toronto-hydro = Toronto Hydro: postes de eletricidade, transformadores e caixas elétricas
report-owner-canada-post = Canada Post: caixas de correio e cacifos de encomendas
report-owner-ttc = TTC: abrigos de paragem, estações e veículos de transporte público
report-error-owner = Escolha a quem pertence, ou «Não sei»
report-referral-heading = Não cabe à Cidade reparar isto
report-referral-intro = A Cidade só pode reparar ou limpar o que lhe pertence, por isso não foi criado nenhum pedido de serviço. Comunique o problema ao proprietário.
report-referral-bell = Bell Canada: ligue para o 1-866-310-2355.
report-referral-rogers = Rogers: ligue para o 1-888-764-3771.
report-referral-toronto-hydro = Toronto Hydro: ligue para o 416-542-8000. Se houver fios caídos ou a fazer faíscas, mantenha-se a 10 metros de distância e ligue para o 911.
report-referral-canada-post = Canada Post: ligue para o 1-866-607-6301.
report-referral-ttc = TTC: ligue para o Serviço de Apoio ao Cliente através do 416-393-3030.
report-hate-heading = Graffiti motivado por ódio
report-hate-police = Se o graffiti visar pessoas devido à sua raça, religião, origem étnica, orientação sexual, género ou deficiência, comunique-o primeiro à Polícia de Toronto (Toronto Police): ligue para o 416-808-2222, a linha para situações que não são de emergência, ou para o 911 se alguém estiver em perigo. A polícia regista-o como possível crime de ódio antes de ser removido.
report-hate-then = Depois, comunique-o aqui, para que a Cidade o possa remover rapidamente.

## Localização
report-location-heading = Onde está o problema?
report-location-current = Local escolhido
report-location-address = { $address }, Circunscrição { $ward }
report-location-pin = Marcador em { $lat }, { $long }, Circunscrição { $ward }
report-map-heading = Coloque um marcador no mapa
report-map-hint = Clique ou toque no mapa onde está o problema e, depois, arraste o marcador para o ajustar. Com o teclado, mova o mapa com as teclas de seta e, depois, escolha «Colocar o marcador no centro do mapa».
report-map-label = Mapa
report-map-pin = Local do problema
report-map-pin-at = Marcador colocado em { $lat }, { $long }
report-map-no-pin = Ainda não foi colocado nenhum marcador
report-map-locate = Usar a minha localização
report-map-locate-failed = Não foi possível encontrar a sua localização. Coloque o marcador no mapa ou escreva uma morada.
report-map-centre = Colocar o marcador no centro do mapa
report-map-use = Usar a localização deste marcador
report-address-heading = Ou escreva uma morada ou um cruzamento
report-place-label = Rua, cruzamento ou local
report-place-hint = Por exemplo: Queen St W & Spadina Ave, ou Nathan Phillips Square
report-place-find = Procurar
report-place-none = Nada corresponde a «{ $query }». Verifique a ortografia ou experimente o cruzamento mais próximo.
report-place-choose = Escolha o resultado mais próximo
report-place-use = Usar este local
report-place-kind-street = Rua
report-place-kind-intersection = Cruzamento
report-place-kind-place = Local
report-error-outside-city = Este local fica fora da Cidade de Toronto. Escolha um local dentro da cidade.
report-error-pin-missing = Coloque um marcador no mapa ou escreva uma morada abaixo
report-error-place-choose = Escolha um dos resultados ou pesquise novamente
report-error-location-missing = Escreva uma rua, um cruzamento ou um local, ou coloque um marcador no mapa

## Detalhes e contacto
report-details-heading = Fale-nos do problema
report-field-description = Descreva o problema
report-description-hint = O que vê e tudo o que possa ajudar as equipas a encontrá-lo. Não inclua informações pessoais.
report-contact-heading = Os seus dados de contacto (opcional)
report-contact-hint = Só os usamos para entrar em contacto consigo sobre esta comunicação. Nunca são mostrados publicamente. Deixe-os em branco para comunicar de forma anónima.
report-field-first-name = Nome próprio
report-field-last-name = Apelido
report-field-email = Endereço de e-mail
report-field-phone = Número de telefone
report-error-missing = Responda à pergunta «{ $field }»
report-error-number = A resposta a «{ $field }» tem de ser um número, como 3 ou 2.5
report-error-too-long = A resposta a «{ $field }» tem de ter { $max } caracteres ou menos
report-error-choice = Escolha uma das respostas da lista para «{ $field }»
report-error-datetime = Introduza uma data e uma hora válidas para «{ $field }»
report-error-email = Introduza um endereço de e-mail no formato correto, como nome@example.com
report-error-phone = Introduza um número de telefone com 7 a 15 algarismos, como 416-392-2489

## Fotografias
report-photos-heading = Fotografias
report-photos-required = Este tipo de problema precisa de pelo menos uma fotografia. Ajuda as equipas a encontrá-lo e a resolvê-lo.
report-photos-optional = As fotografias são opcionais, mas ajudam as equipas a encontrar e a resolver o problema.
report-photos-limits = Pode adicionar até { $count } fotografias em formato JPEG, PNG ou WebP, cada uma com até { $megabytes } MB. Removemos a localização e os dados da câmara da cópia que guardamos.
report-photo-label = Escolha uma fotografia
report-photo-upload = Carregar fotografia
report-photo-uploading = A carregar a fotografia
report-photo-alt = Fotografia { $number }
report-photo-remove = Remover a fotografia { $number }
report-photo-has-location = A fotografia { $number } regista o local onde foi tirada.
report-photo-use-location = Usar a localização da fotografia { $number }
report-photos-count =
    { $count ->
        [0] Nenhuma fotografia
        [one] { $count } fotografia
       *[other] { $count } fotografias
    }
report-error-photo-missing = Escolha uma fotografia para carregar
report-error-photo-too-large = A fotografia tem de ter menos de { $megabytes } MB
report-error-photo-type = O ficheiro tem de ser uma fotografia em formato JPEG, PNG ou WebP
report-error-photo-dimensions = A fotografia tem demasiados píxeis. Escolha uma fotografia mais pequena.
report-error-photo-damaged = A fotografia está danificada e não pode ser lida. Escolha outra fotografia.
report-error-photo-limit = Pode adicionar até { $count } fotografias. Remova uma para adicionar outra.
report-error-photo-required = Adicione pelo menos uma fotografia
report-error-photo-outside = O local onde esta fotografia foi tirada fica fora da Cidade de Toronto

## Verificação, comunicações próximas e envio
report-check-heading = Verifique as suas respostas antes de enviar a comunicação
report-check-answers = As suas respostas
report-change = Alterar
report-anonymous = Não indicados: esta comunicação é anónima
report-submit-note = Ao enviar esta comunicação, confirma que as informações estão corretas, tanto quanto sabe.
report-submit = Enviar comunicação
report-nearby-heading = Isto já foi comunicado?
report-nearby-intro = Estes pedidos em aberto sobre o mesmo problema estão a menos de 250 metros. Se um deles for seu, acompanhe-o em vez de enviar uma nova comunicação.
report-nearby-distance = A cerca de { $metres } m
report-nearby-reporters =
    { $count ->
        [one] Comunicado por { $count } pessoa
       *[other] Comunicado por { $count } pessoas
    }
report-me-too = Eu também: acompanhar { $number }
report-error-follow = Já não é possível acompanhar esse pedido. Envie a sua própria comunicação.
report-sent-heading = Comunicação enviada
report-sent-number = O número do seu pedido de serviço é
report-sent-next = Guarde este número. Pode usá-lo para ver o que acontece a seguir.
report-sent-track = Acompanhar este pedido
report-another = Comunicar outro problema
report-following-heading = Está a acompanhar o pedido { $number }
report-following-body = Passou a acompanhar este pedido em vez de criar um novo. A página de estado do pedido mostra o que acontece a seguir.
