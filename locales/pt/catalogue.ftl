### Catálogo de serviços do Civic311: nomes e descrições em português dos grupos e dos
### tipos de serviço de server/seed/catalogue.toml. Os identificadores seguem os códigos desse ficheiro.

## Grupos de serviços

service-group-roads = Estradas e passeios
service-group-streetlights-signs = Iluminação pública, sinais e semáforos
service-group-snow-ice = Neve e gelo
service-group-garbage = Lixo, reciclagem e contentor verde
service-group-graffiti-dumping = Graffiti e despejo ilegal de lixo
service-group-water = Água, esgotos e escoamento
service-group-trees = Árvores
service-group-parks = Parques e lazer
service-group-animals = Animais
service-group-property-noise = Propriedades, ruído e regulamentos municipais

## Estradas e passeios

service-pothole = Buraco na estrada
    .description = Um buraco ou uma zona partida no piso de uma estrada ou viela da Cidade. Diga-nos mais ou menos o tamanho e em que faixa está.

service-road-hazard = Perigo na estrada
    .description = Algo numa estrada que é perigoso neste momento, como um abatimento do piso, uma tampa de esgoto em falta ou destroços grandes numa faixa com trânsito. Se alguém estiver ferido ou em perigo, ligue para o 911.

service-sidewalk-damaged = Passeio danificado
    .description = Um passeio rachado, levantado, afundado ou partido que pode fazer alguém tropeçar ou que bloqueia a passagem de uma cadeira de rodas ou de um carrinho de bebé.

service-curb-damaged = Lancil danificado
    .description = Um lancil partido, a desfazer-se ou em falta ao longo de uma estrada da Cidade.

service-street-sweeping = Rua a precisar de ser varrida
    .description = Areia, gravilha, lama ou lixo acumulados ao longo de uma estrada ou numa ciclovia, que precisam de uma varredora mecânica.

service-bike-lane-obstruction = Ciclovia obstruída
    .description = Destroços, materiais de construção, contentores ou pilaretes danificados que bloqueiam uma ciclovia ou faixa para bicicletas. Para um veículo estacionado numa ciclovia, ligue para a Fiscalização de Estacionamento da Polícia de Toronto, pelo 416-808-2222.

service-construction-blocking = Estrada ou passeio bloqueado por obras
    .description = Uma obra ou trabalhos nas redes de serviços públicos que bloqueiam uma estrada ou um passeio sem um desvio seguro, ou que deixaram o local perigoso.

service-guardrail-damaged = Rail de proteção ou vedação da estrada danificados
    .description = Um rail de proteção, corrimão ou vedação dobrado, partido ou em falta ao longo de uma estrada, ponte ou rampa.

service-laneway-repair = Viela em mau estado
    .description = Uma viela pública com o piso partido, mau escoamento da água ou sulcos profundos. Para um só buraco, escolha Buraco na estrada.

service-long-term-parking = Veículo estacionado demasiado tempo numa rua residencial
    .description = Um veículo que está no mesmo lugar numa rua residencial há mais tempo do que as regras de estacionamento permitem.

## Iluminação pública, sinais e semáforos

service-streetlight-out = Candeeiro de rua apagado
    .description = Um candeeiro de rua apagado, a piscar ou aceso durante o dia. Os candeeiros de rua são mantidos em conjunto com a Toronto Hydro; as luzes em propriedades privadas ou em alguns parques podem pertencer a outras entidades.

service-streetlight-pole-damaged = Poste de candeeiro danificado
    .description = Um poste de candeeiro inclinado, derrubado, sem a tampa de acesso ou com fios à vista. Mantenha-se longe de fios caídos e ligue para o 911 se estiverem a fazer faíscas.

service-sign-damaged = Sinal danificado ou em falta
    .description = Uma placa com o nome da rua, um sinal de estacionamento, de limite de velocidade ou outro sinal de trânsito danificado, desbotado, virado ou em falta. Para um sinal de STOP ou de cedência de passagem caído, escolha Sinal de STOP ou de cedência de passagem caído.

service-stop-sign-down = Sinal de STOP ou de cedência de passagem caído
    .description = Um sinal de STOP ou de cedência de passagem derrubado, em falta ou virado de forma que os condutores não o conseguem ver. É tratado como um perigo na estrada.

service-traffic-signal-malfunction = Semáforo avariado
    .description = Um semáforo apagado, bloqueado, intermitente ou danificado. Se um semáforo estiver apagado, pare como se houvesse um sinal de STOP em todos os sentidos.

service-pedestrian-signal = Semáforo para peões ou botão de passagem avariado
    .description = Um sinal para peões, contador de tempo, sinal sonoro ou botão para atravessar que não funciona.

service-traffic-safety-concern = Preocupação com a segurança rodoviária
    .description = Peça uma análise de excesso de velocidade, tempos dos semáforos, visibilidade ou uma rua difícil de atravessar. As análises levam tempo e podem resultar em novos sinais, marcas na estrada ou alterações nos semáforos.

service-pavement-markings-faded = Marcas na estrada apagadas
    .description = Linhas de faixa, passadeiras, linhas de paragem ou símbolos de ciclovia gastos e difíceis de ver.

## Neve e gelo

service-snow-sidewalk = Passeio com neve por limpar
    .description = Um passeio que a Cidade limpa ainda tem neve ou gelo depois de uma tempestade. A limpeza começa quando já caiu neve suficiente, por isso aguarde algum tempo depois de a neve parar.

service-snow-road = Estrada com neve por limpar
    .description = Uma estrada onde a neve não foi removida depois de terminar um nevão. As estradas principais e os percursos de autocarro são limpos primeiro, depois as ruas locais.

service-windrow-not-cleared = Monte de neve à entrada da garagem por retirar
    .description = O monte de neve deixado pelo limpa-neves no fim da entrada da sua garagem não foi retirado, numa rua onde a Cidade oferece este serviço.

service-icy-road-salting = Estrada ou passeio com gelo a precisar de sal
    .description = Uma estrada, passeio, passadeira ou ponte pedonal da Cidade com gelo que precisa de sal ou areia.

## Lixo, reciclagem e contentor verde

service-missed-garbage = Recolha de lixo não feita
    .description = O seu contentor do lixo estava na rua a tempo no dia de recolha, mas não foi recolhido. Primeiro consulte o seu calendário de recolha para ver se há alterações por causa de feriados.

service-missed-recycling = Recolha de reciclagem não feita
    .description = O seu contentor azul estava na rua a tempo no dia de recolha, mas não foi recolhido.

service-missed-green-bin = Recolha do contentor verde não feita
    .description = O seu contentor verde para restos de comida e resíduos orgânicos estava na rua a tempo no dia de recolha, mas não foi recolhido.

service-missed-yard-waste = Recolha de resíduos de jardim não feita
    .description = Os resíduos de jardim em sacos de papel ou num recipiente aberto foram postos na rua no dia de recolha, durante a época dos resíduos de jardim, mas não foram recolhidos.

service-bin-damaged = Contentor danificado
    .description = Um contentor do lixo, da reciclagem ou verde fornecido pela Cidade que está rachado ou tem a tampa, uma roda ou a pega partida. Será reparado ou substituído.

service-bin-missing = Contentor desaparecido ou roubado
    .description = O seu contentor fornecido pela Cidade desapareceu, foi roubado ou foi levado pelo camião de recolha.

service-bulky-item-pickup = Recolha de objetos volumosos
    .description = Marque a recolha de móveis, colchões, eletrodomésticos e outros objetos grandes no seu dia de recolha do lixo.

service-litter-bin-overflowing = Caixote do lixo da rua a transbordar
    .description = Um caixote do lixo ou de reciclagem público na rua que está cheio e a transbordar.

service-litter-bin-damaged = Caixote do lixo da rua danificado
    .description = Um caixote do lixo ou de reciclagem público na rua que está partido, virado ou em falta.

## Graffiti e despejo ilegal de lixo

service-graffiti-city-property = Graffiti em propriedade da Cidade
    .description = Graffiti num edifício, muro, ponte ou outra estrutura da Cidade. Para graffiti de ódio ou de gangues, escolha Graffiti de ódio ou de gangues.

service-graffiti-road-assets = Graffiti em sinais, postes ou caixas de semáforos
    .description = Graffiti em sinais de trânsito, caixas de controlo de semáforos, postes de iluminação, muros de suporte ou outros equipamentos da estrada. Os postes e caixas de serviços públicos podem pertencer à Bell, à Rogers ou à Toronto Hydro.

service-graffiti-private-property = Graffiti em propriedade privada
    .description = Graffiti numa casa, loja, vedação ou outra propriedade privada que se vê da rua. O proprietário é responsável por removê-lo e pode receber um aviso.

service-graffiti-park = Graffiti num parque
    .description = Graffiti num edifício, casa de banho, parque infantil, banco ou outra estrutura de um parque.

service-graffiti-hate = Graffiti de ódio ou de gangues
    .description = Graffiti com conteúdo de ódio, racista ou ligado a gangues. Comunique-o primeiro à Polícia de Toronto pelo 416-808-2222 (linha para situações que não são de emergência) e depois aqui, para que possa ser removido rapidamente.

service-illegal-dumping = Despejo ilegal de lixo
    .description = Lixo, móveis, pneus, resíduos de obras ou outros objetos deixados numa estrada, viela, passeio ou outra propriedade da Cidade.

service-illegal-posters = Cartazes ou placas ilegais em postes
    .description = Cartazes, folhetos ou placas presos a postes, árvores ou outras estruturas na rua. Os postes de serviços públicos podem pertencer à Bell, à Rogers ou à Toronto Hydro.

service-abandoned-shopping-cart = Carrinho de compras abandonado
    .description = Um carrinho de compras deixado numa rua ou passeio, ou num parque ou ravina.

service-abandoned-bike = Bicicleta abandonada
    .description = Uma bicicleta presa há muito tempo a um poste ou suporte para bicicletas da Cidade, à qual faltam peças ou que não pode ser usada. É marcada com uma etiqueta antes de ser retirada.

## Água, esgotos e escoamento

service-water-main-break = Rutura de conduta principal de água
    .description = Água a sair pela estrada, pelo passeio ou pelo chão, o que pode indicar uma conduta principal de água rebentada.

service-no-water = Sem água
    .description = Não sai nenhuma água das torneiras da sua casa ou do seu prédio.

service-low-water-pressure = Pressão da água baixa
    .description = A pressão da água nas suas torneiras está muito mais baixa do que o normal.

service-sewer-backup = Refluxo de esgoto ou cave inundada
    .description = Esgoto ou água a subir por um ralo do chão ou pela sanita, ou uma cave inundada a partir do esgoto.

service-catch-basin-blocked = Sarjeta entupida
    .description = Uma sarjeta ou sumidouro da rua entupido com folhas ou lixo, ou água acumulada na estrada porque não consegue escoar.

service-fire-hydrant-damaged = Boca de incêndio danificada ou com fuga
    .description = Uma boca de incêndio que foi atingida, tem uma fuga, não tem tampa ou está bloqueada.

service-water-quality = Água com cor ou mau sabor
    .description = Água da torneira castanha, turva ou com um sabor ou cheiro estranho.

service-water-leak = Fuga de água na válvula junto ao passeio
    .description = Água a sair de uma caixa do ramal de água ou de uma válvula no limite de uma propriedade, do lado da Cidade.

service-sewer-odour = Cheiro a esgoto
    .description = Um cheiro forte a esgoto que vem de uma tampa de esgoto, sarjeta ou sumidouro da rua.

## Árvores

service-tree-emergency = Árvore caída ou danificada (emergência)
    .description = Uma árvore da Cidade ou um ramo grande que caiu ou está prestes a cair, a bloquear uma estrada ou passeio ou a pôr em perigo pessoas ou bens. Mantenha-se longe dos fios; a Toronto Hydro trata das árvores que tocam em linhas elétricas.

service-tree-pruning = Poda de árvore (não urgente)
    .description = Peça a poda de uma árvore da Cidade na faixa de terreno municipal junto à rua, por exemplo ramos que pendem baixo sobre um passeio, tapam um sinal ou tocam numa casa.

service-tree-planting = Pedir uma árvore
    .description = Peça que seja plantada uma árvore gratuita na faixa de terreno municipal junto à rua, em frente à sua casa.

service-tree-inspection = Árvore da Cidade morta ou a morrer
    .description = Peça uma inspeção a uma árvore da Cidade que parece morta, a morrer, oca ou instável, mas que não é um perigo imediato.

service-stump-removal = Remoção de cepo de árvore
    .description = Um cepo que ficou depois de uma árvore da Cidade ter sido retirada da faixa de terreno municipal junto à rua.

service-tree-pest = Praga ou doença de árvore
    .description = Sinais de insetos ou doença numa árvore da Cidade, como lagartas da limântria, danos causados pela broca-esmeralda-do-freixo ou uma queda de folhas fora do normal.

## Parques e lazer

service-park-washroom = Problema numa casa de banho de parque
    .description = Uma casa de banho de parque suja, sem papel ou sabão, fechada durante o horário afixado ou com um equipamento partido.

service-playground-damaged = Equipamento de parque infantil danificado
    .description = Equipamento partido, solto ou perigoso num parque infantil da Cidade, como um baloiço, um escorrega ou uma estrutura para trepar.

service-park-encampment = Acampamento num parque
    .description = Tendas ou abrigos num parque. Técnicos de apoio de rua vão ao local para oferecer alojamento e apoio. Se alguém precisar de ajuda médica ou estiver em perigo, ligue para o 911.

service-park-litter = Lixo ou caixotes cheios num parque
    .description = Lixo espalhado num parque ou caixotes do lixo do parque cheios.

service-park-grass-overgrown = Relva demasiado alta num parque
    .description = Relva ou ervas daninhas num parque, jardim pequeno ou canteiro central que precisam de ser cortadas.

service-park-lights-out = Iluminação do parque apagada
    .description = Uma luz de um caminho, campo desportivo ou parque de estacionamento num parque que está apagada ou a piscar.

service-drinking-fountain = Bebedouro ou zona de jogos de água avariados
    .description = Um bebedouro, ponto de enchimento de garrafas ou zona de jogos de água num parque que não funciona ou tem uma fuga.

service-park-amenity-damaged = Banco, mesa ou vedação de parque danificados
    .description = Um banco, mesa de piquenique, vedação, portão, placa ou outro equipamento partido num parque.

## Animais

service-dead-animal-road = Animal morto na estrada ou no passeio
    .description = Um animal morto numa estrada, passeio, viela ou outro local público. Será recolhido.

service-injured-wildlife = Animal selvagem ferido ou doente
    .description = Um animal selvagem, como um guaxinim, uma raposa ou uma ave, que está ferido, doente ou preso. Não tente pegar nele.

service-stray-dog = Cão vadio ou à solta
    .description = Um cão à solta na rua sem o dono por perto. Se o cão for agressivo, mantenha a distância.

service-dog-bite = Mordedura ou ataque de cão
    .description = Um cão que mordeu ou atacou uma pessoa ou outro animal. Se alguém estiver gravemente ferido, ligue para o 911.

service-dog-off-leash = Cão sem trela
    .description = Cães sem trela fora de uma zona própria para cães soltos, num parque ou na rua.

service-animal-bylaw = Queixa sobre o regulamento de animais
    .description = Demasiados animais de estimação numa só morada, pessoas a dar de comer a animais selvagens ou pombos, ou dejetos de animais deixados numa propriedade.

## Propriedades, ruído e regulamentos municipais

service-noise = Queixa de ruído
    .description = Música alta, obras fora do horário permitido, cães a ladrar ou ruído de equipamentos vindo de uma propriedade ou de uma loja ou empresa.

service-property-standards-urgent = Problema urgente de manutenção de imóveis
    .description = Um problema grave numa casa arrendada ou noutro edifício que afeta a saúde ou a segurança, como falta de aquecimento no inverno, falta de água, uma fechadura da porta de entrada partida ou uma estrutura insegura.

service-property-standards = Queixa sobre a manutenção de imóveis
    .description = Um edifício ou quintal que não está em bom estado, por exemplo com pragas, bolor, janelas partidas, um telhado com infiltrações ou escadas e corrimãos danificados, sem perigo imediato.

service-long-grass-weeds = Relva alta ou ervas daninhas em propriedade privada
    .description = Relva ou ervas daninhas numa propriedade privada mais altas do que o regulamento permite.

service-waste-private-property = Lixo ou entulho em propriedade privada
    .description = Lixo, tralha ou entulho amontoado num quintal privado, num alpendre ou numa entrada de garagem.

service-abandoned-vehicle = Veículo abandonado em propriedade privada
    .description = Um veículo destruído, desmontado ou sem matrícula deixado numa propriedade privada.

service-short-term-rental = Queixa sobre alojamento de curta duração
    .description = Uma casa arrendada para estadias curtas que pode não estar registada, não é a residência principal do anfitrião ou causa problemas constantes aos vizinhos.
