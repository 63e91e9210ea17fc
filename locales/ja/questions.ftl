### サービス一覧の質問：サービスの種類ごとの追加の質問（Open311 の属性）と、
### 選択式の質問で示す回答。回答は、そのキーと同じ名前の属性です。

## 道路の穴（ポットホール）
question-pothole-size = 穴はだいたいどのくらいの大きさですか？
    .small = 食事用の皿より小さい
    .medium = 車のタイヤくらいの大きさ
    .large = 車のタイヤより大きい
question-pothole-lane = 道路のどの部分にありますか？
    .curb-lane = 縁石側の車線
    .centre-lane = 中央の車線または追い越し車線
    .turn-lane = 右左折用の車線
    .bike-lane = 自転車レーン
    .laneway = 路地

## 道路の危険
question-road-hazard-hazard_type = どのような危険ですか？
    .road-collapse = 路面の陥没または穴が開いている
    .missing-cover = マンホールや格子のふたがない、または壊れている
    .debris = 車線に大きながれきがある
    .spill = こぼれた物や滑りやすい物がある
    .other = その他

## 歩道の損傷
question-sidewalk-damaged-damage = 歩道はどのような状態ですか？
    .cracked = ひび割れている
    .lifted = 敷石が盛り上がっている、または段差がある
    .sunken = 沈んでいる、または下が空洞になっている
    .missing = 一部が欠けている
    .curb-ramp = 縁石のスロープが壊れている
question-sidewalk-damaged-trip_height = 段差の高さはだいたい何センチメートルですか？

## 自転車レーンの障害物
question-bike-lane-obstruction-obstruction = 何が自転車レーンをふさいでいますか？
    .debris = がれきやごみ
    .construction = 工事資材や機材
    .bins = ごみやリサイクルの容器
    .bollard = 壊れた、または倒れたポール
    .other = その他

## 住宅街の道路での長時間駐車
question-long-term-parking-licence_plate = ナンバープレートが見える場合、その番号は何ですか？
question-long-term-parking-vehicle_description = 車について説明してください（色、メーカー、車種）。
question-long-term-parking-days_parked = その場所に何日くらい止まっていますか？

## 街灯がつかない
question-streetlight-out-light_problem = 街灯はどのような状態ですか？
    .out = 消えている
    .flickering = ちらつく、またはついたり消えたりする
    .day-burning = 昼間についている
    .several-out = 何本か続けて消えている
question-streetlight-out-pole_number = 柱に番号の札がある場合、何と書いてありますか？

## 標識の損傷・紛失
question-sign-damaged-sign_type = どのような標識ですか？
    .street-name = 道路名
    .parking = 駐車
    .speed-limit = 制限速度
    .warning = 警戒標識（カーブ、スクールゾーンなど）
    .other = その他
question-sign-damaged-sign_condition = 標識はどのような状態ですか？
    .bent = 曲がっている、または倒れている
    .faded = 色あせている、または読みにくい
    .turned = 違う方向を向いている
    .blocked = 枝に隠れている
    .missing = なくなっている

## 信号機の故障
question-traffic-signal-malfunction-signal_problem = 信号機はどのような状態ですか？
    .dark = まったくついていない
    .flashing = 赤または黄色が点滅している
    .stuck = 1 つの色のまま変わらない
    .damaged = 倒れている、または壊れている
    .turned = 違う方向を向いている
question-traffic-signal-malfunction-direction = どの進行方向に影響がありますか（例：北行き）？

## 交通安全についての相談
question-traffic-safety-concern-concern = どのような点が心配ですか？
    .speeding = スピードの出しすぎ
    .signal-timing = 信号の時間
    .visibility = 見通しが悪い
    .crossing = 渡りにくい
    .cut-through = 抜け道として通り抜ける車
question-traffic-safety-concern-details = 詳しく教えてください。いつ起きていて、誰が影響を受けていますか？

## 歩道の除雪がされていない
question-snow-sidewalk-condition = 歩道はどのような状態ですか？
    .snow = 雪に覆われている
    .ice = 凍っている
    .snowbank = 道路の除雪でできた雪の山でふさがれている

## ごみの収集漏れ
question-missed-garbage-collection_day = 予定されていた収集日はいつでしたか？
question-missed-garbage-set_out = 午前 7 時までに容器を道路脇に出しましたか？
    .yes = はい
    .no = いいえ

## リサイクルの収集漏れ
question-missed-recycling-collection_day = 予定されていた収集日はいつでしたか？
question-missed-recycling-set_out = 午前 7 時までに容器を道路脇に出しましたか？
    .yes = はい
    .no = いいえ

## グリーンビンの収集漏れ
question-missed-green-bin-collection_day = 予定されていた収集日はいつでしたか？
question-missed-green-bin-set_out = 午前 7 時までに容器を道路脇に出しましたか？
    .yes = はい
    .no = いいえ

## 容器の破損
question-bin-damaged-bin_type = どの容器が壊れていますか？
    .garbage = ごみ容器
    .recycling = ブルービン（リサイクル）
    .green-bin = グリーンビン（生ごみ）
question-bin-damaged-damage = どこが壊れていますか？
    .lid = ふた
    .wheels = 車輪または車軸
    .handle = 取っ手
    .body = 本体のひび割れ
    .latch = 動物よけの留め金
question-bin-damaged-bin_serial = 容器に印刷されているシリアル番号が読める場合、その番号は何ですか？

## 粗大ごみの収集
question-bulky-item-pickup-item_types = 何を出しますか？
    .furniture = 家具
    .mattress = マットレスまたはボックススプリング
    .appliance = コンロ、洗濯機、乾燥機または食器洗い機
    .refrigerant = 冷蔵庫、冷凍庫またはエアコン
    .carpet = カーペットまたはラグ
    .other = その他の大きなもの
question-bulky-item-pickup-item_count = いくつ出しますか？

## 市の施設への落書き
question-graffiti-city-property-surface = 落書きがあるのはどの面ですか？
    .wall = 壁または建物
    .bridge = 橋または高架下の通路
    .fence = 柵
    .sign-pole = 標識または柱
    .box = 設備ボックスまたは信号ボックス
    .other = その他

## 道路標識、柱、信号ボックスへの落書き
question-graffiti-road-assets-asset_type = 落書きは何にありますか？
    .sign = 道路標識
    .signal-box = 信号の制御ボックス
    .pole = 柱
    .retaining-wall = 擁壁または防音壁
    .bridge = 橋または高架下の通路
    .other = その他

## 私有地への落書き
question-graffiti-private-property-surface = 落書きがあるのはどの面ですか？
    .wall = 壁
    .fence = 塀
    .garage-door = ガレージのドア
    .window = 窓またはドア
    .other = その他
question-graffiti-private-property-is_owner = あなたはその建物・土地の所有者ですか？
    .yes = はい
    .no = いいえ

## 差別的・ギャングの落書き
question-graffiti-hate-police_reported = トロント警察に報告しましたか？
    .yes = はい
    .no = いいえ
question-graffiti-hate-police_reference = 警察の受理番号がある場合、その番号は何ですか？

## 不法投棄
question-illegal-dumping-item_types = 何が捨てられていましたか？
    .household = 家庭ごみの袋
    .furniture = 家具
    .mattress = マットレス
    .tires = タイヤ
    .construction = 工事やリフォームの廃材
    .electronics = 電子機器
    .hazardous = ペンキ、化学薬品などの有害廃棄物
    .other = その他
question-illegal-dumping-noticed_at = いつ気付きましたか？または、捨てられるところをいつ見ましたか？
question-illegal-dumping-witness = 捨てた人を見た場合は、その人や車について説明してください。その人には近づかないでください。

## 放置自転車
question-abandoned-bike-bike_condition = 自転車はどのような状態ですか？
    .missing-wheel = 車輪が 1 つない
    .missing-parts = サドルまたはハンドルがない
    .flat-tires = タイヤがパンクしている
    .rusted = チェーンや部品がさびている
    .bent-frame = フレームが曲がっている、または壊れている

## 水道本管の破裂
question-water-main-break-water_flow = 水はどのくらい流れていますか？
    .trickle = 少しずつ流れている、または地面がぬれている
    .steady = 絶えず流れている
    .gushing = 勢いよく噴き出している、または道路が水浸しになっている

## 水が出ない
question-no-water-neighbours_affected = 近所の家でも水が出ませんか？
    .yes = はい、出ません
    .no = いいえ、出ます
    .unknown = わからない
question-no-water-started_at = 水はいつから出なくなりましたか？

## 下水の逆流・地下室の浸水
question-sewer-backup-water_depth = 水の深さはだいたい何センチメートルですか？
question-sewer-backup-backwater_valve = その建物には逆流防止弁がありますか？
    .yes = はい
    .no = いいえ
    .unknown = わからない

## 雨水ますの詰まり
question-catch-basin-blocked-ponding = 水がたまっていますか？
    .none = いいえ、今はたまっていない
    .road = 道路に水がたまっている
    .sidewalk = 歩道や敷地まで水があふれている

## 消火栓の損傷・水漏れ
question-fire-hydrant-damaged-hydrant_problem = 消火栓はどのような状態ですか？
    .knocked-over = 倒れている、またはぶつけられた
    .leaking = 水が漏れている
    .missing-cap = キャップがない
    .blocked = ふさがれている、または隠れている
    .paint = 落書きやペンキ

## 水の色や味がおかしい
question-water-quality-water_issue = どのようなことに気付きましたか？
    .brown = 茶色または黄色
    .cloudy = 濁っている、または白っぽい
    .taste = いつもと違う味
    .smell = いつもと違うにおい
    .particles = 粒や沈殿物がある

## 木が倒れた・傷んだ（緊急）
question-tree-emergency-blocking = 何に影響がありますか？
    .road = 道路
    .sidewalk = 歩道
    .driveway = 車庫前の通路
    .building = 家または建物
    .vehicle = 車
    .wires = 電線
    .nothing = まだ何もないが、倒れるおそれがある

## 木のせん定（緊急ではない）
question-tree-pruning-reason = 木のせん定が必要な理由は何ですか？
    .low-branches = 歩道や道路の上に枝が低く垂れ下がっている
    .blocking = 標識や街灯を隠している
    .touching-building = 家や建物に触れている
    .dead-branches = 枯れ枝がある

## 公園のトイレの問題
question-park-washroom-issue = どのような問題ですか？
    .dirty = 汚れている
    .supplies = せっけん、ペーパータオル、トイレットペーパーがない
    .locked = 開いている時間なのに鍵がかかっている
    .broken = 便器、洗面台、ドアが壊れている
    .leak = 水漏れまたは浸水

## 遊具の損傷
question-playground-damaged-equipment = どの遊具ですか？
    .swing = ブランコ
    .slide = すべり台
    .climber = ジャングルジムまたは複合遊具
    .surface = 地面（砂、ウッドチップ、ゴム）
    .other = その他
question-playground-damaged-unsafe = 今使うと、けがをするおそれがありますか？
    .yes = はい
    .no = いいえ
    .unsure = わからない

## 公園内での野宿（テントなど）
question-park-encampment-tent_count = テントや小屋はだいたいいくつありますか？
question-park-encampment-details = 火の使用やその他の安全上の心配など、支援員が知っておくべきことはありますか？

## 道路・歩道の動物の死がい
question-dead-animal-road-animal_type = どのような動物ですか（例：アライグマ、リス、猫）？
question-dead-animal-road-animal_size = 大きさはどのくらいですか？
    .small = 小（リス、鳥）
    .medium = 中（アライグマ、猫）
    .large = 大（シカ、コヨーテ、犬）

## けがをした・病気の野生動物
question-injured-wildlife-animal_type = どのような動物ですか？
question-injured-wildlife-condition = 動物はどのような状態ですか？
    .injured = けがをしている
    .sick = 病気である、または様子がおかしい
    .trapped = 動けなくなっている、または絡まっている
    .orphaned = 親がいないように見える子どもの動物

## 迷い犬・放れ犬
question-stray-dog-dog_contained = 犬は、庭の中やリードにつながれているなど、逃げられない状態ですか？
    .yes = はい
    .no = いいえ

## 犬にかまれた・襲われた
question-dog-bite-incident_time = いつ起きましたか？
question-dog-bite-victim = 誰がかまれましたか、または襲われましたか？
    .person = 人
    .dog = ほかの犬
    .other-animal = ほかの動物

## リードを付けていない犬
question-dog-off-leash-usual_time = ふだんはいつ起きていますか（例：平日の朝）？

## 騒音の苦情
question-noise-noise_source = 何が騒音を出していますか？
    .amplified-sound = 音楽やスピーカーの音
    .construction = 工事
    .barking = 犬のほえ声
    .equipment = エアコン、換気扇などの機械
    .vehicle = 車のアイドリングや空ぶかし
    .other = その他
question-noise-ongoing = 騒音は今も続いていますか？
    .now = はい、今起きている
    .recurring = くり返し起きている
    .past = もう止まった
question-noise-noise_times = 騒音がいつ起き、どのくらい続くのかを説明してください。

## 建物の基準に関する緊急の問題
question-property-standards-urgent-issue = どのような緊急の問題ですか？
    .no-heat = 暖房がない、または暖房が足りない
    .no-water = 水が出ない
    .no-power = 電気が来ていない
    .lock = 入口のドアの鍵が壊れている
    .structure = 建物、バルコニー、階段が危険な状態
question-property-standards-urgent-is_tenant = あなたはその建物の入居者ですか？
    .yes = はい
    .no = いいえ
question-property-standards-urgent-unit_number = お部屋の番号は何番ですか？

## 建物の基準に関する苦情
question-property-standards-issues = どのような問題がありますか？
    .pests = 害虫（ネズミ、ゴキブリ、トコジラミ）
    .mould = カビ
    .windows-doors = 窓やドアが壊れている
    .leaks = 屋根や壁からの雨漏り
    .stairs-railings = 階段や手すりが壊れている
    .exterior = 外観の手入れが不十分
    .other = その他
question-property-standards-landlord_notified = 入居者の場合、貸主に書面で伝えましたか？
    .yes = はい
    .no = いいえ
    .not-tenant = 入居者ではない
question-property-standards-details = 問題の内容と、どのくらいの期間続いているかを説明してください。

## 私有地の放置車両
question-abandoned-vehicle-licence_plate = ナンバープレートがある場合、その番号は何ですか？
question-abandoned-vehicle-vehicle_description = 車について説明してください（色、メーカー、車種）。
