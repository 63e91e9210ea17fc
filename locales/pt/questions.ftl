### Perguntas do catálogo: as perguntas adicionais (atributos Open311) de cada tipo de serviço, e
### as respostas propostas nas perguntas de escolha, como atributos com o nome das respetivas chaves.

## Buraco na estrada
question-pothole-size = Mais ou menos qual é o tamanho do buraco?
    .small = Mais pequeno do que um prato
    .medium = Mais ou menos do tamanho de um pneu de carro
    .large = Maior do que um pneu de carro
question-pothole-lane = Em que parte da estrada está?
    .curb-lane = Faixa junto ao lancil
    .centre-lane = Faixa central ou de ultrapassagem
    .turn-lane = Faixa de viragem
    .bike-lane = Ciclovia
    .laneway = Viela

## Perigo na estrada
question-road-hazard-hazard_type = Qual é o perigo?
    .road-collapse = Abatimento do piso ou cratera na estrada
    .missing-cover = Tampa de esgoto ou grelha em falta ou partida
    .debris = Destroços grandes numa faixa
    .spill = Derrame ou substância escorregadia
    .other = Outra coisa

## Passeio danificado
question-sidewalk-damaged-damage = Qual é o problema do passeio?
    .cracked = Rachado
    .lifted = Lajes levantadas ou desniveladas
    .sunken = Afundado ou oco
    .missing = Pedaços em falta
    .curb-ramp = Rampa rebaixada do lancil danificada
question-sidewalk-damaged-trip_height = Mais ou menos qual é a altura do desnível, em centímetros?

## Ciclovia obstruída
question-bike-lane-obstruction-obstruction = O que está a bloquear a ciclovia?
    .debris = Destroços ou lixo
    .construction = Materiais ou equipamento de construção
    .bins = Contentores do lixo ou da reciclagem
    .bollard = Pilarete danificado ou caído
    .other = Outra coisa

## Veículo estacionado demasiado tempo numa rua residencial
question-long-term-parking-licence_plate = Qual é a matrícula, se a conseguir ver?
question-long-term-parking-vehicle_description = Descreva o veículo (cor, marca, tipo).
question-long-term-parking-days_parked = Há mais ou menos quantos dias está ali estacionado?

## Candeeiro de rua apagado
question-streetlight-out-light_problem = Qual é o problema do candeeiro?
    .out = Está apagado
    .flickering = Está a piscar ou acende e apaga
    .day-burning = Está aceso durante o dia
    .several-out = Vários candeeiros seguidos apagados
question-streetlight-out-pole_number = Se o poste tiver uma placa com um número, o que diz?

## Sinal danificado ou em falta
question-sign-damaged-sign_type = Que tipo de sinal é?
    .street-name = Placa com o nome da rua
    .parking = Estacionamento
    .speed-limit = Limite de velocidade
    .warning = Sinal de perigo (curva, zona escolar e semelhantes)
    .other = Outro
question-sign-damaged-sign_condition = Qual é o problema?
    .bent = Dobrado ou derrubado
    .faded = Desbotado ou difícil de ler
    .turned = Virado para o lado errado
    .blocked = Tapado por ramos
    .missing = Em falta

## Semáforo avariado
question-traffic-signal-malfunction-signal_problem = O que está o semáforo a fazer?
    .dark = Está completamente apagado
    .flashing = Está a piscar a vermelho ou a amarelo
    .stuck = Está parado numa só cor
    .damaged = Está derrubado ou danificado
    .turned = Está virado para o lado errado
question-traffic-signal-malfunction-direction = Que sentido de trânsito é afetado (por exemplo, para norte)?

## Preocupação com a segurança rodoviária
question-traffic-safety-concern-concern = Quais são as suas preocupações?
    .speeding = Excesso de velocidade
    .signal-timing = Tempos dos semáforos
    .visibility = Má visibilidade
    .crossing = É difícil atravessar
    .cut-through = Trânsito de passagem que usa a rua como atalho
question-traffic-safety-concern-details = Conte-nos mais: quando acontece e quem é afetado?

## Passeio com neve por limpar
question-snow-sidewalk-condition = Em que estado está o passeio?
    .snow = Coberto de neve
    .ice = Com gelo
    .snowbank = Bloqueado por um monte de neve deixado pela limpeza da estrada

## Recolha de lixo não feita
question-missed-garbage-collection_day = Qual era o seu dia de recolha marcado?
question-missed-garbage-set_out = O contentor estava junto ao passeio até às 7h00?
    .yes = Sim
    .no = Não

## Recolha de reciclagem não feita
question-missed-recycling-collection_day = Qual era o seu dia de recolha marcado?
question-missed-recycling-set_out = O contentor estava junto ao passeio até às 7h00?
    .yes = Sim
    .no = Não

## Recolha do contentor verde não feita
question-missed-green-bin-collection_day = Qual era o seu dia de recolha marcado?
question-missed-green-bin-set_out = O contentor estava junto ao passeio até às 7h00?
    .yes = Sim
    .no = Não

## Contentor danificado
question-bin-damaged-bin_type = Que contentor está danificado?
    .garbage = Contentor do lixo
    .recycling = Contentor azul (reciclagem)
    .green-bin = Contentor verde (resíduos orgânicos)
question-bin-damaged-damage = O que está danificado?
    .lid = Tampa
    .wheels = Roda ou eixo
    .handle = Pega
    .body = Corpo rachado
    .latch = Trinco à prova de animais
question-bin-damaged-bin_serial = Qual é o número de série impresso no contentor, se o conseguir ler?

## Recolha de objetos volumosos
question-bulky-item-pickup-item_types = O que vai pôr na rua?
    .furniture = Móveis
    .mattress = Colchão ou estrado
    .appliance = Fogão, máquina de lavar roupa, máquina de secar ou máquina de lavar loiça
    .refrigerant = Frigorífico, arca congeladora ou ar condicionado
    .carpet = Alcatifa ou tapete
    .other = Outro objeto grande
question-bulky-item-pickup-item_count = Quantos objetos vai pôr na rua?

## Graffiti em propriedade da Cidade
question-graffiti-city-property-surface = Que superfícies estão cobertas?
    .wall = Muro ou edifício
    .bridge = Ponte ou passagem inferior
    .fence = Vedação
    .sign-pole = Sinal ou poste
    .box = Caixa de serviços públicos ou de semáforo
    .other = Outra

## Graffiti em sinais, postes ou caixas de semáforos
question-graffiti-road-assets-asset_type = Onde está o graffiti?
    .sign = Sinal de trânsito
    .signal-box = Caixa de controlo de semáforo
    .pole = Poste
    .retaining-wall = Muro de suporte ou barreira acústica
    .bridge = Ponte ou passagem inferior
    .other = Outra coisa

## Graffiti em propriedade privada
question-graffiti-private-property-surface = Que superfícies estão cobertas?
    .wall = Parede ou muro
    .fence = Vedação
    .garage-door = Porta da garagem
    .window = Janela ou porta
    .other = Outra
question-graffiti-private-property-is_owner = É o proprietário do imóvel?
    .yes = Sim
    .no = Não

## Graffiti de ódio ou de gangues
question-graffiti-hate-police_reported = Já o comunicou à Polícia de Toronto?
    .yes = Sim
    .no = Não
question-graffiti-hate-police_reference = Qual é o número da participação à polícia, se o tiver?

## Despejo ilegal de lixo
question-illegal-dumping-item_types = O que foi despejado?
    .household = Sacos de lixo doméstico
    .furniture = Móveis
    .mattress = Colchão
    .tires = Pneus
    .construction = Resíduos de obras ou de remodelações
    .electronics = Aparelhos eletrónicos
    .hazardous = Tinta, produtos químicos ou outros resíduos perigosos
    .other = Outra coisa
question-illegal-dumping-noticed_at = Quando reparou no lixo, ou quando viu alguém a despejá-lo?
question-illegal-dumping-witness = Se viu quem o despejou, descreva a pessoa ou o veículo. Não se aproxime dessas pessoas.

## Bicicleta abandonada
question-abandoned-bike-bike_condition = Em que estado está?
    .missing-wheel = Falta uma roda
    .missing-parts = Falta o selim ou o guiador
    .flat-tires = Pneus vazios
    .rusted = Corrente ou peças enferrujadas
    .bent-frame = Quadro dobrado ou danificado

## Rutura de conduta principal de água
question-water-main-break-water_flow = Quanta água está a sair?
    .trickle = Um fio de água ou uma mancha húmida
    .steady = Um jorro constante
    .gushing = A água jorra com força ou está a inundar a estrada

## Sem água
question-no-water-neighbours_affected = Os seus vizinhos também estão sem água?
    .yes = Sim
    .no = Não
    .unknown = Não sei
question-no-water-started_at = Quando deixou de haver água?

## Refluxo de esgoto ou cave inundada
question-sewer-backup-water_depth = Mais ou menos qual é a profundidade da água, em centímetros?
question-sewer-backup-backwater_valve = O imóvel tem uma válvula antirretorno?
    .yes = Sim
    .no = Não
    .unknown = Não sei

## Sarjeta entupida
question-catch-basin-blocked-ponding = Há água acumulada?
    .none = Não, neste momento não
    .road = Há água acumulada na estrada
    .sidewalk = A água chega ao passeio ou a uma propriedade

## Boca de incêndio danificada ou com fuga
question-fire-hydrant-damaged-hydrant_problem = Qual é o problema da boca de incêndio?
    .knocked-over = Derrubada ou atingida
    .leaking = Tem uma fuga
    .missing-cap = Falta a tampa
    .blocked = Bloqueada ou tapada
    .paint = Graffiti ou tinta

## Água com cor ou mau sabor
question-water-quality-water_issue = O que nota na água?
    .brown = Cor castanha ou amarela
    .cloudy = Turva ou leitosa
    .taste = Sabor estranho
    .smell = Cheiro estranho
    .particles = Partículas ou sedimentos

## Árvore caída ou danificada (emergência)
question-tree-emergency-blocking = O que é afetado?
    .road = Estrada
    .sidewalk = Passeio
    .driveway = Entrada da garagem
    .building = Casa ou edifício
    .vehicle = Veículo
    .wires = Fios
    .nothing = Nada por enquanto, mas pode cair

## Poda de árvore (não urgente)
question-tree-pruning-reason = Porque é que a árvore precisa de ser podada?
    .low-branches = Ramos baixos sobre um passeio ou estrada
    .blocking = Tapa um sinal ou um candeeiro de rua
    .touching-building = Toca numa casa ou num edifício
    .dead-branches = Ramos mortos

## Problema numa casa de banho de parque
question-park-washroom-issue = Qual é o problema?
    .dirty = Está suja
    .supplies = Não há sabão, toalhas de papel ou papel higiénico
    .locked = Está fechada durante o horário de abertura
    .broken = Sanita, lavatório ou porta partidos
    .leak = Fuga de água ou inundação

## Equipamento de parque infantil danificado
question-playground-damaged-equipment = Que equipamento?
    .swing = Baloiço
    .slide = Escorrega
    .climber = Estrutura para trepar ou de brincar
    .surface = Piso (areia, casca de árvore ou borracha)
    .other = Outro
question-playground-damaged-unsafe = Alguém se poderia magoar se o usasse agora?
    .yes = Sim
    .no = Não
    .unsure = Não tenho a certeza

## Acampamento num parque
question-park-encampment-tent_count = Mais ou menos quantas tendas ou estruturas há?
question-park-encampment-details = Há alguma coisa que os técnicos de apoio de rua devam saber, como uma fogueira ou outro problema de segurança?

## Animal morto na estrada ou no passeio
question-dead-animal-road-animal_type = Que tipo de animal é (por exemplo, guaxinim, esquilo ou gato)?
question-dead-animal-road-animal_size = Que tamanho tem?
    .small = Pequeno (esquilo, ave)
    .medium = Médio (guaxinim, gato)
    .large = Grande (veado, coiote, cão)

## Animal selvagem ferido ou doente
question-injured-wildlife-animal_type = Que tipo de animal é?
question-injured-wildlife-condition = O que se passa com o animal?
    .injured = Está ferido
    .sick = Está doente ou a comportar-se de forma estranha
    .trapped = Está preso ou enredado
    .orphaned = É uma cria que parece estar sozinha

## Cão vadio ou à solta
question-stray-dog-dog_contained = O cão está contido, por exemplo num quintal ou com trela?
    .yes = Sim
    .no = Não

## Mordedura ou ataque de cão
question-dog-bite-incident_time = Quando aconteceu?
question-dog-bite-victim = Quem foi mordido ou atacado?
    .person = Uma pessoa
    .dog = Outro cão
    .other-animal = Outro animal

## Cão sem trela
question-dog-off-leash-usual_time = Quando costuma acontecer (por exemplo, de manhã nos dias úteis)?

## Queixa de ruído
question-noise-noise_source = O que está a fazer o ruído?
    .amplified-sound = Música ou som amplificado
    .construction = Obras
    .barking = Cão a ladrar
    .equipment = Ar condicionado, ventoinha ou outro equipamento
    .vehicle = Veículos com o motor ligado parados ou a acelerar
    .other = Outra coisa
question-noise-ongoing = O ruído está a acontecer agora?
    .now = Sim, neste momento
    .recurring = Acontece com regularidade
    .past = Já parou
question-noise-noise_times = Descreva quando acontece o ruído e quanto tempo dura.

## Problema urgente de manutenção de imóveis
question-property-standards-urgent-issue = Qual é o problema urgente?
    .no-heat = Sem aquecimento ou com aquecimento insuficiente
    .no-water = Sem água
    .no-power = Sem eletricidade
    .lock = Fechadura partida numa porta de entrada
    .structure = Estrutura, varanda ou escadas inseguras
question-property-standards-urgent-is_tenant = É inquilino no prédio?
    .yes = Sim
    .no = Não
question-property-standards-urgent-unit_number = Qual é o número do seu apartamento?

## Queixa sobre a manutenção de imóveis
question-property-standards-issues = Que problemas existem?
    .pests = Pragas (ratos, baratas, percevejos)
    .mould = Bolor
    .windows-doors = Janelas ou portas partidas
    .leaks = Infiltrações no telhado ou nas paredes
    .stairs-railings = Escadas ou corrimãos danificados
    .exterior = Exterior em mau estado
    .other = Outro
question-property-standards-landlord_notified = Se é inquilino, já informou o senhorio por escrito?
    .yes = Sim
    .no = Não
    .not-tenant = Não sou inquilino
question-property-standards-details = Descreva o problema e há quanto tempo existe.

## Veículo abandonado em propriedade privada
question-abandoned-vehicle-licence_plate = Qual é a matrícula, se tiver uma?
question-abandoned-vehicle-vehicle_description = Descreva o veículo (cor, marca, tipo).
