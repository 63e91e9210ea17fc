### 目錄問題：每種服務類型的附加問題（Open311 屬性），以及
### 選擇題提供的答案，以屬性表示，屬性名稱與答案的鍵相同。

## 路面坑洞
question-pothole-size = 坑洞大約有多大？
    .small = 比餐盤小
    .medium = 大約和汽車輪胎一樣大
    .large = 比汽車輪胎大
question-pothole-lane = 坑洞在道路的哪個部分？
    .curb-lane = 靠路緣的車道
    .centre-lane = 中間車道或超車道
    .turn-lane = 轉彎車道
    .bike-lane = 自行車道
    .laneway = 後巷

## 道路危險
question-road-hazard-hazard_type = 是什麼危險？
    .road-collapse = 路面塌陷或出現地陷坑
    .missing-cover = 沙井蓋或格柵蓋不見了或破損
    .debris = 車道上有大塊雜物
    .spill = 有灑落物或濕滑物質
    .other = 其他情況

## 人行道損壞
question-sidewalk-damaged-damage = 人行道有什麼問題？
    .cracked = 裂開
    .lifted = 路面板隆起或高低不平
    .sunken = 下陷或底下空心
    .missing = 有部分缺失
    .curb-ramp = 路緣斜坡損壞
question-sidewalk-damaged-trip_height = 不平的邊緣大約有多高（公分）？

## 自行車道被阻擋
question-bike-lane-obstruction-obstruction = 是什麼擋住了自行車道？
    .debris = 雜物或垃圾
    .construction = 建築材料或設備
    .bins = 垃圾桶或回收桶
    .bollard = 分隔柱損壞或倒下
    .other = 其他東西

## 車輛在住宅街道停放過久
question-long-term-parking-licence_plate = 如果您看得到車牌，車牌號碼是多少？
question-long-term-parking-vehicle_description = 請描述這輛車（顏色、品牌、車型）。
question-long-term-parking-days_parked = 這輛車在那裡停了大約多少天？

## 路燈不亮
question-streetlight-out-light_problem = 路燈有什麼問題？
    .out = 不亮
    .flickering = 閃爍或時亮時滅
    .day-burning = 白天也亮著
    .several-out = 連續幾盞燈都不亮
question-streetlight-out-pole_number = 如果燈柱上有編號牌，上面寫的是什麼？

## 標誌損壞或不見了
question-sign-damaged-sign_type = 是哪種標誌？
    .street-name = 路名牌
    .parking = 泊車標誌
    .speed-limit = 限速標誌
    .warning = 警告標誌（彎道、學校區域等）
    .other = 其他
question-sign-damaged-sign_condition = 標誌有什麼問題？
    .bent = 彎曲或被撞倒
    .faded = 褪色或難以看清
    .turned = 轉錯了方向
    .blocked = 被樹枝擋住
    .missing = 不見了

## 交通燈故障
question-traffic-signal-malfunction-signal_problem = 交通燈現在是什麼情況？
    .dark = 完全不亮
    .flashing = 閃紅燈或黃燈
    .stuck = 一直停在一種顏色
    .damaged = 被撞倒或損壞
    .turned = 轉錯了方向
question-traffic-signal-malfunction-direction = 哪個行駛方向受到影響（例如北行）？

## 交通安全問題
question-traffic-safety-concern-concern = 您擔心哪些問題？
    .speeding = 超速
    .signal-timing = 燈號時間
    .visibility = 視線不良
    .crossing = 難以過馬路
    .cut-through = 抄捷徑穿行的車輛
question-traffic-safety-concern-details = 請告訴我們更多情況：問題在什麼時候出現，影響到哪些人？

## 人行道積雪未清除
question-snow-sidewalk-condition = 人行道現在是什麼情況？
    .snow = 有積雪
    .ice = 結冰
    .snowbank = 被道路剷雪留下的雪堆擋住

## 漏收垃圾
question-missed-garbage-collection_day = 您的預定收集日是哪一天？
question-missed-garbage-set_out = 早上 7 點前垃圾桶已經放在路邊了嗎？
    .yes = 是
    .no = 否

## 漏收回收物
question-missed-recycling-collection_day = 您的預定收集日是哪一天？
question-missed-recycling-set_out = 早上 7 點前回收桶已經放在路邊了嗎？
    .yes = 是
    .no = 否

## 漏收綠桶
question-missed-green-bin-collection_day = 您的預定收集日是哪一天？
question-missed-green-bin-set_out = 早上 7 點前綠桶已經放在路邊了嗎？
    .yes = 是
    .no = 否

## 垃圾桶損壞
question-bin-damaged-bin_type = 哪個桶損壞了？
    .garbage = 垃圾桶
    .recycling = 藍桶（回收物）
    .green-bin = 綠桶（有機垃圾）
question-bin-damaged-damage = 哪裡損壞了？
    .lid = 桶蓋
    .wheels = 輪子或輪軸
    .handle = 把手
    .body = 桶身裂開
    .latch = 防動物鎖扣
question-bin-damaged-bin_serial = 如果您看得清楚，桶上印的序號是多少？

## 大型物品收集
question-bulky-item-pickup-item_types = 您要放出哪些物品？
    .furniture = 家具
    .mattress = 床褥或彈簧床架
    .appliance = 爐具、洗衣機、乾衣機或洗碗機
    .refrigerant = 冰箱、冰櫃或冷氣機
    .carpet = 地毯或小塊地墊
    .other = 其他大型物品
question-bulky-item-pickup-item_count = 您要放出多少件物品？

## 市政財產上的塗鴉
question-graffiti-city-property-surface = 哪些表面上有塗鴉？
    .wall = 牆壁或建築
    .bridge = 橋樑或地下通道
    .fence = 圍欄
    .sign-pole = 標誌或柱
    .box = 設備箱或燈號箱
    .other = 其他

## 道路標誌、燈柱或燈號箱上的塗鴉
question-graffiti-road-assets-asset_type = 塗鴉在什麼上面？
    .sign = 道路標誌
    .signal-box = 交通燈號箱
    .pole = 柱
    .retaining-wall = 擋土牆或隔音牆
    .bridge = 橋樑或地下通道
    .other = 其他東西

## 私人物業上的塗鴉
question-graffiti-private-property-surface = 哪些表面上有塗鴉？
    .wall = 牆壁
    .fence = 圍欄
    .garage-door = 車庫門
    .window = 窗戶或門
    .other = 其他
question-graffiti-private-property-is_owner = 您是這處物業的業主嗎？
    .yes = 是
    .no = 否

## 仇恨或幫派塗鴉
question-graffiti-hate-police_reported = 您已經向多倫多警察局報告了嗎？
    .yes = 是
    .no = 否
question-graffiti-hate-police_reference = 如果您有警方報案編號，編號是多少？

## 非法傾倒
question-illegal-dumping-item_types = 被傾倒的是什麼？
    .household = 家居垃圾袋
    .furniture = 家具
    .mattress = 床褥
    .tires = 輪胎
    .construction = 建築或裝修廢料
    .electronics = 電子產品
    .hazardous = 油漆、化學品或其他有害廢物
    .other = 其他
question-illegal-dumping-noticed_at = 您是什麼時候發現的，或者什麼時候看到有人傾倒的？
question-illegal-dumping-witness = 如果您看到是誰傾倒的，請描述這個人或車輛。請不要靠近他們。

## 被棄置的自行車
question-abandoned-bike-bike_condition = 自行車是什麼狀況？
    .missing-wheel = 缺少一個車輪
    .missing-parts = 缺少座椅或車把
    .flat-tires = 輪胎沒氣
    .rusted = 鏈條或零件生鏽
    .bent-frame = 車架彎曲或損壞

## 總水管爆裂
question-water-main-break-water_flow = 流出的水有多少？
    .trickle = 細細的水流或一片濕地
    .steady = 持續不斷的水流
    .gushing = 大量湧出或淹沒道路

## 沒有水
question-no-water-neighbours_affected = 您的鄰居也沒有水嗎？
    .yes = 是
    .no = 否
    .unknown = 我不知道
question-no-water-started_at = 什麼時候開始沒水的？

## 污水倒灌或地庫水浸
question-sewer-backup-water_depth = 水大約有多深（公分）？
question-sewer-backup-backwater_valve = 這處物業裝有防倒流閥嗎？
    .yes = 有
    .no = 沒有
    .unknown = 我不知道

## 雨水口堵塞
question-catch-basin-blocked-ponding = 有積水嗎？
    .none = 沒有，現在沒有
    .road = 道路上有積水
    .sidewalk = 積水漫到人行道或物業上

## 消防栓損壞或漏水
question-fire-hydrant-damaged-hydrant_problem = 消防栓有什麼問題？
    .knocked-over = 被撞倒或被撞
    .leaking = 漏水
    .missing-cap = 缺少蓋子
    .blocked = 被擋住或被遮住
    .paint = 塗鴉或油漆

## 水變色或味道異常
question-water-quality-water_issue = 您注意到什麼？
    .brown = 呈褐色或黃色
    .cloudy = 混濁或呈乳白色
    .taste = 味道異常
    .smell = 氣味異常
    .particles = 有顆粒或沉澱物

## 樹木倒下或受損（緊急）
question-tree-emergency-blocking = 影響到什麼？
    .road = 道路
    .sidewalk = 人行道
    .driveway = 私家車道
    .building = 房屋或建築
    .vehicle = 車輛
    .wires = 電線
    .nothing = 暫時沒有，但可能會倒下

## 樹木修剪（非緊急）
question-tree-pruning-reason = 為什麼這棵樹需要修剪？
    .low-branches = 樹枝低垂在人行道或道路上方
    .blocking = 擋住標誌或路燈
    .touching-building = 碰到房屋或建築
    .dead-branches = 有枯枝

## 公園洗手間問題
question-park-washroom-issue = 是什麼問題？
    .dirty = 骯髒
    .supplies = 沒有洗手液、擦手紙或廁紙
    .locked = 在開放時間內上鎖
    .broken = 馬桶、洗手盆或門損壞
    .leak = 漏水或水浸

## 遊樂場設施損壞
question-playground-damaged-equipment = 是哪種設施？
    .swing = 鞦韆
    .slide = 滑梯
    .climber = 攀爬架或遊樂組合設施
    .surface = 地面（沙、木屑或橡膠）
    .other = 其他
question-playground-damaged-unsafe = 現在使用它會不會有人受傷？
    .yes = 會
    .no = 不會
    .unsure = 不確定

## 公園內的露宿營地
question-park-encampment-tent_count = 大約有多少個帳篷或搭建物？
question-park-encampment-details = 有沒有外展工作人員需要知道的情況，例如有火或其他安全問題？

## 道路或人行道上的動物屍體
question-dead-animal-road-animal_type = 是什麼動物（例如浣熊、松鼠或貓）？
question-dead-animal-road-animal_size = 牠有多大？
    .small = 小（松鼠、雀鳥）
    .medium = 中（浣熊、貓）
    .large = 大（鹿、郊狼、狗）

## 受傷或生病的野生動物
question-injured-wildlife-animal_type = 是什麼動物？
question-injured-wildlife-condition = 這隻動物是什麼情況？
    .injured = 受傷
    .sick = 生病或行為異常
    .trapped = 被困或被纏住
    .orphaned = 幼小的動物，似乎是獨自一個

## 流浪狗或走失的狗
question-stray-dog-dog_contained = 這隻狗有沒有被控制住，例如關在院子裡或拴著繩？
    .yes = 有
    .no = 沒有

## 狗咬人或襲擊
question-dog-bite-incident_time = 事情是什麼時候發生的？
question-dog-bite-victim = 誰被咬或被襲擊了？
    .person = 一個人
    .dog = 另一隻狗
    .other-animal = 其他動物

## 狗沒有拴繩
question-dog-off-leash-usual_time = 這種情況通常在什麼時候發生（例如平日早上）？

## 噪音投訴
question-noise-noise_source = 是什麼發出的噪音？
    .amplified-sound = 音樂或擴音設備的聲音
    .construction = 施工
    .barking = 狗吠
    .equipment = 冷氣機、風扇或其他設備
    .vehicle = 車輛停著不熄火或空踩油門
    .other = 其他
question-noise-ongoing = 噪音現在還有嗎？
    .now = 有，就是現在
    .recurring = 經常發生
    .past = 已經停止
question-noise-noise_times = 請描述噪音在什麼時候出現，持續多久。

## 緊急物業標準問題
question-property-standards-urgent-issue = 緊急問題是什麼？
    .no-heat = 沒有暖氣或暖氣不足
    .no-water = 沒有水
    .no-power = 沒有電
    .lock = 大門門鎖損壞
    .structure = 結構、露台或樓梯不安全
question-property-standards-urgent-is_tenant = 您是這棟大廈的租客嗎？
    .yes = 是
    .no = 否
question-property-standards-urgent-unit_number = 您的單位號碼是多少？

## 物業標準投訴
question-property-standards-issues = 有哪些問題？
    .pests = 害蟲（老鼠、蟑螂、臭蟲）
    .mould = 發霉
    .windows-doors = 窗戶或門破損
    .leaks = 屋頂或牆壁漏水
    .stairs-railings = 樓梯或扶手損壞
    .exterior = 建築外部失修
    .other = 其他
question-property-standards-landlord_notified = 如果您是租客，您是否已經書面通知業主？
    .yes = 是
    .no = 否
    .not-tenant = 我不是租客
question-property-standards-details = 請描述問題，以及問題已經持續了多久。

## 私人物業上的棄置車輛
question-abandoned-vehicle-licence_plate = 如果有車牌，車牌號碼是多少？
question-abandoned-vehicle-vehicle_description = 請描述這輛車（顏色、品牌、車型）。
