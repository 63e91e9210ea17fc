### Civic311 サービス一覧：server/seed/catalogue.toml にあるサービスグループとサービスの種類の
### 日本語の名前と説明。ID はそのファイルのコードに従います。

## サービスグループ

service-group-roads = 道路と歩道
service-group-streetlights-signs = 街灯、標識、信号
service-group-snow-ice = 雪と氷
service-group-garbage = ごみ、リサイクル、グリーンビン
service-group-graffiti-dumping = 落書きと不法投棄
service-group-water = 水道、下水、排水
service-group-trees = 樹木
service-group-parks = 公園とレクリエーション
service-group-animals = 動物
service-group-property-noise = 建物・土地、騒音、条例

## 道路と歩道

service-pothole = 道路の穴（ポットホール）
    .description = 市の道路や路地の表面にある穴や壊れた部分。だいたいの大きさと、どの車線にあるかを教えてください。

service-road-hazard = 道路の危険
    .description = 今まさに危険な道路の状態。例えば、路面の陥没、マンホールのふたがない、通行中の車線に大きながれきがあるなど。けが人がいる場合や危険が迫っている場合は、911 に電話してください。

service-sidewalk-damaged = 歩道の損傷
    .description = ひび割れ、盛り上がり、沈下、破損などがあり、人がつまずくおそれがある歩道、または車いすやベビーカーが通れない歩道。

service-curb-damaged = 縁石の損傷
    .description = 市の道路沿いの縁石が壊れている、崩れている、またはなくなっている。

service-street-sweeping = 道路の清掃が必要
    .description = 道路沿いや自転車レーンに砂、砂利、泥、ごみがたまり、清掃車による清掃が必要。

service-bike-lane-obstruction = 自転車レーンの障害物
    .description = がれき、工事資材、ごみ箱、壊れたポールなどが自転車レーンや自転車道をふさいでいる。自転車レーンに駐車している車については、トロント警察の駐車取締部門（416-808-2222）に電話してください。

service-construction-blocking = 工事で道路や歩道がふさがれている
    .description = 工事現場や公共設備の工事で道路や歩道がふさがれ、安全な迂回路がない、または工事の後に危険な状態が残っている。

service-guardrail-damaged = ガードレールや道路の柵の損傷
    .description = 道路、橋、ランプ沿いのガードレール、手すり、柵が曲がっている、壊れている、またはなくなっている。

service-laneway-repair = 路地の傷み
    .description = 公共の路地の表面が壊れている、水はけが悪い、または深いわだちがある。穴が 1 つだけの場合は、「道路の穴（ポットホール）」を選んでください。

service-long-term-parking = 住宅街の道路での長時間駐車
    .description = 住宅街の道路の同じ場所に、駐車ルールで認められている時間より長く止まっている車。

## 街灯、標識、信号

service-streetlight-out = 街灯がつかない
    .description = 街灯が消えている、ちらつく、または昼間についている。街灯はトロント・ハイドロ（Toronto Hydro）と共同で管理しています。私有地や一部の公園の照明は、ほかの管理者のものである場合があります。

service-streetlight-pole-damaged = 街灯の柱の損傷
    .description = 街灯の柱が傾いている、倒れている、点検口のふたがない、または電線がむき出しになっている。垂れ下がった電線には近づかず、火花が出ている場合は 911 に電話してください。

service-sign-damaged = 標識の損傷・紛失
    .description = 道路名、駐車、制限速度などの道路標識が壊れている、色あせている、向きが変わっている、またはなくなっている。「止まれ」や「ゆずれ」の標識が倒れている場合は、「『止まれ』『ゆずれ』標識が倒れている」を選んでください。

service-stop-sign-down = 「止まれ」「ゆずれ」標識が倒れている
    .description = 「止まれ」や「ゆずれ」の標識が倒れている、なくなっている、または向きが変わっていて運転者から見えない。道路の危険として対応します。

service-traffic-signal-malfunction = 信号機の故障
    .description = 信号機が消えている、変わらない、点滅している、または壊れている。消えている信号は、全方向一時停止の交差点として通行してください。

service-pedestrian-signal = 歩行者用信号・押しボタンの故障
    .description = 歩行者用信号、残り時間の表示、音の出る信号、横断用の押しボタンが動かない。

service-traffic-safety-concern = 交通安全についての相談
    .description = スピードの出しすぎ、信号の時間、見通し、渡りにくい道路などについて、調査を依頼できます。調査には時間がかかり、新しい標識、路面表示、信号の変更につながることがあります。

service-pavement-markings-faded = 路面表示が薄い
    .description = 車線、横断歩道、停止線、自転車レーンのマークがすり減って見えにくい。

## 雪と氷

service-snow-sidewalk = 歩道の除雪がされていない
    .description = 市が除雪する歩道に、雪が降った後も雪や氷が残っている。除雪は一定の量の雪が積もってから始まるので、雪がやんだ後しばらくお待ちください。

service-snow-road = 道路の除雪がされていない
    .description = 雪がやんだ後も除雪されていない道路。幹線道路とバスの路線を先に除雪し、その後に地域の道路を除雪します。

service-windrow-not-cleared = 車庫前の雪の山が片付けられていない
    .description = 市が雪の山の除去サービスを行っている道路で、除雪車が車庫の出入り口の前に残した雪の山が片付けられていない。

service-icy-road-salting = 凍った道路・歩道に塩が必要
    .description = 市の道路、歩道、横断歩道、歩道橋が凍っていて、塩や砂をまく必要がある。

## ごみ、リサイクル、グリーンビン

service-missed-garbage = ごみの収集漏れ
    .description = 収集日に時間どおりにごみ容器を出したのに、収集されなかった。まず、祝日による収集日の変更がないか収集スケジュールを確認してください。

service-missed-recycling = リサイクルの収集漏れ
    .description = 収集日に時間どおりにブルービン（青い容器）を出したのに、収集されなかった。

service-missed-green-bin = グリーンビンの収集漏れ
    .description = 生ごみなどを入れたグリーンビン（緑の容器）を収集日に時間どおりに出したのに、収集されなかった。

service-missed-yard-waste = 庭ごみの収集漏れ
    .description = 庭ごみの収集期間中、紙袋やふたのない容器に入れた庭ごみを収集日に出したのに、収集されなかった。

service-bin-damaged = 容器の破損
    .description = 市から配られたごみ、リサイクル、グリーンビンの容器にひびがある、またはふた、車輪、取っ手が壊れている。修理または交換します。

service-bin-missing = 容器の紛失・盗難
    .description = 市から配られた容器がなくなった、盗まれた、または収集車に持って行かれた。

service-bulky-item-pickup = 粗大ごみの収集
    .description = 家具、マットレス、家電などの大きなものを、ごみの収集日に収集してもらうよう予約します。

service-litter-bin-overflowing = 道路のごみ箱があふれている
    .description = 道路にある公共のごみ箱やリサイクル箱がいっぱいで、あふれている。

service-litter-bin-damaged = 道路のごみ箱の損傷
    .description = 道路にある公共のごみ箱やリサイクル箱が壊れている、倒れている、またはなくなっている。

## 落書きと不法投棄

service-graffiti-city-property = 市の施設への落書き
    .description = 市の建物、壁、橋など、市が所有する構造物への落書き。差別的な落書きやギャングの落書きの場合は、「差別的・ギャングの落書き」を選んでください。

service-graffiti-road-assets = 道路標識、柱、信号ボックスへの落書き
    .description = 道路標識、信号の制御ボックス、街灯の柱、擁壁などの道路設備への落書き。電柱や設備ボックスは Bell、Rogers、Toronto Hydro のものである場合があります。

service-graffiti-private-property = 私有地への落書き
    .description = 家、店、塀など、道路から見える私有の建物などへの落書き。所有者に消す責任があり、通知が届くことがあります。

service-graffiti-park = 公園内の落書き
    .description = 公園の建物、トイレ、遊び場、ベンチなど、公園の設備への落書き。

service-graffiti-hate = 差別的・ギャングの落書き
    .description = 憎しみや人種差別を表す内容、またはギャングに関係する内容の落書き。まずトロント警察（416-808-2222、緊急以外の番号）に報告してください。その後、早く消せるように、ここでも報告してください。

service-illegal-dumping = 不法投棄
    .description = 道路、路地、歩道など、市の土地に捨てられたごみ、家具、タイヤ、工事の廃材など。

service-illegal-posters = 柱などへの違法な貼り紙や看板
    .description = 道路にある柱、木、その他の構造物に付けられたポスター、ちらし、看板。電柱は Bell、Rogers、Toronto Hydro のものである場合があります。

service-abandoned-shopping-cart = 放置されたショッピングカート
    .description = 道路、歩道、公園、渓谷に置き去りにされたショッピングカート。

service-abandoned-bike = 放置自転車
    .description = 市の柱や駐輪ラックに長い間ロックされたままで、部品がない、または乗れない状態の自転車。撤去の前に札を付けます。

## 水道、下水、排水

service-water-main-break = 水道本管の破裂
    .description = 道路、歩道、地面から水がわき出ている。水道本管が破裂している可能性があります。

service-no-water = 水が出ない
    .description = 自宅や建物の蛇口から水がまったく出ない。

service-low-water-pressure = 水圧が低い
    .description = 蛇口の水圧がいつもよりずっと低い。

service-sewer-backup = 下水の逆流・地下室の浸水
    .description = 床の排水口やトイレから下水や水が逆流している、または下水から地下室が浸水している。

service-catch-basin-blocked = 雨水ますの詰まり
    .description = 道路の排水口や雨水ますが葉やごみで詰まっている、または水が流れず道路に水たまりができている。

service-fire-hydrant-damaged = 消火栓の損傷・水漏れ
    .description = 消火栓がぶつけられた、水が漏れている、キャップがない、またはふさがれている。

service-water-quality = 水の色や味がおかしい
    .description = 水道水が茶色い、濁っている、またはいつもと違う味やにおいがする。

service-water-leak = 縁石付近やバルブからの水漏れ
    .description = 敷地の境目の、市の側にある水道のボックスやバルブから水が漏れている。

service-sewer-odour = 下水のにおい
    .description = マンホール、雨水ます、道路の排水口から強い下水のにおいがする。

## 樹木

service-tree-emergency = 木が倒れた・傷んだ（緊急）
    .description = 市の木や大きな枝が倒れた、または倒れそうで、道路や歩道をふさいでいる、または人や物に危険がある。電線には近づかないでください。電線に触れている木はトロント・ハイドロが対応します。

service-tree-pruning = 木のせん定（緊急ではない）
    .description = 道路用地にある市の木のせん定を依頼できます。例えば、歩道の上に低く垂れ下がった枝、標識を隠している枝、家に触れている枝など。

service-tree-planting = 木の植樹を依頼
    .description = 自宅の前の、市が所有する道路用地に無料で木を植えてもらうよう依頼できます。

service-tree-inspection = 枯れた・枯れかけている市の木
    .description = 枯れている、枯れかけている、中が空洞、または不安定に見えるが、すぐに危険はない市の木の点検を依頼できます。

service-stump-removal = 切り株の撤去
    .description = 道路用地から市の木を撤去した後に残った切り株。

service-tree-pest = 木の害虫・病気
    .description = 市の木に虫や病気のしるしがある。例えば、マイマイガの幼虫、アオナガタマムシによる被害、いつもと違う落葉など。

## 公園とレクリエーション

service-park-washroom = 公園のトイレの問題
    .description = 公園のトイレが汚れている、備品が切れている、掲示された時間内なのに鍵がかかっている、または設備が壊れている。

service-playground-damaged = 遊具の損傷
    .description = 市の遊び場のブランコ、すべり台、ジャングルジムなどの遊具が壊れている、ぐらついている、または危険。

service-park-encampment = 公園内での野宿（テントなど）
    .description = 公園内のテントや小屋など。支援員が訪問し、シェルターや支援を案内します。医療の助けが必要な人や危険な状態の人がいる場合は、911 に電話してください。

service-park-litter = 公園のごみ・いっぱいのごみ箱
    .description = 公園にごみが散らかっている、または公園のごみ箱がいっぱいになっている。

service-park-grass-overgrown = 公園の草が伸びすぎている
    .description = 公園、小さな公園、道路沿いの花壇の草や雑草を刈る必要がある。

service-park-lights-out = 公園の照明がつかない
    .description = 公園の通路、運動場、駐車場の照明が消えている、またはちらつく。

service-drinking-fountain = 水飲み場・水遊び場が使えない
    .description = 公園の水飲み場、ボトル給水機、水遊び場（スプラッシュパッド）が使えない、または水が漏れている。

service-park-amenity-damaged = 公園のベンチ、テーブル、柵の損傷
    .description = 公園のベンチ、ピクニックテーブル、柵、門、看板などの設備が壊れている。

## 動物

service-dead-animal-road = 道路・歩道の動物の死がい
    .description = 道路、歩道、路地などの公共の場所にある動物の死がい。回収します。

service-injured-wildlife = けがをした・病気の野生動物
    .description = アライグマ、キツネ、鳥などの野生動物が、けがをしている、病気である、または動けなくなっている。自分で触ろうとしないでください。

service-stray-dog = 迷い犬・放れ犬
    .description = 近くに飼い主がいないまま道路を走り回っている犬。犬が攻撃的な場合は、近づかないでください。

service-dog-bite = 犬にかまれた・襲われた
    .description = 人やほかの動物をかんだ、または襲った犬。大けがをした人がいる場合は、911 に電話してください。

service-dog-off-leash = リードを付けていない犬
    .description = 公園や道路で、リードなしでよい指定区域の外なのにリードを付けていない犬。

service-animal-bylaw = 動物に関する条例違反の苦情
    .description = 1 つの住所で飼っているペットが多すぎる、野生動物やハトにえさをやっている、または敷地に動物のふんが放置されている。

## 建物・土地、騒音、条例

service-noise = 騒音の苦情
    .description = 建物や店からの大音量の音楽、許可された時間外の工事、犬のほえ声、機械の音など。

service-property-standards-urgent = 建物の基準に関する緊急の問題
    .description = 賃貸住宅などの建物での、健康や安全に関わる深刻な問題。例えば、冬に暖房がない、水が出ない、入口のドアの鍵が壊れている、建物が危険な状態など。

service-property-standards = 建物の基準に関する苦情
    .description = 建物や庭の手入れが十分でない。例えば、害虫、カビ、割れた窓、雨漏り、壊れた階段や手すりなど。すぐに危険はない場合。

service-long-grass-weeds = 私有地の伸びた草や雑草
    .description = 私有地の草や雑草が、条例で認められている高さより高く伸びている。

service-waste-private-property = 私有地のごみやがらくた
    .description = 個人の庭、玄関ポーチ、車庫前にごみやがらくたが積み上げられている。

service-abandoned-vehicle = 私有地の放置車両
    .description = 私有地に放置された、壊れた車、分解された車、またはナンバープレートのない車。

service-short-term-rental = 短期賃貸の苦情
    .description = 短期間の宿泊用に貸し出されている住宅で、登録されていない可能性がある、貸主の主な住まいではない、または近所にくり返し迷惑をかけている。
