### Civic311 服務目錄：server/seed/catalogue.toml 中服務類別和服務類型的繁體中文名稱和說明。
### 識別碼沿用該檔案中的代碼。

## 服務類別

service-group-roads = 道路和人行道
service-group-streetlights-signs = 路燈、標誌和交通燈
service-group-snow-ice = 積雪和結冰
service-group-garbage = 垃圾、回收和綠桶
service-group-graffiti-dumping = 塗鴉和非法傾倒
service-group-water = 供水、下水道和排水
service-group-trees = 樹木
service-group-parks = 公園和康樂
service-group-animals = 動物
service-group-property-noise = 物業、噪音和市政法規

## 道路和人行道

service-pothole = 路面坑洞
    .description = 市政道路或後巷路面上的坑洞或破損處。請告訴我們它大概有多大，以及在哪條車道上。

service-road-hazard = 道路危險
    .description = 道路上現在就有危險的情況，例如路面塌陷、沙井蓋不見了，或行車道上有大塊雜物。如有人受傷或身處危險，請撥打 911。

service-sidewalk-damaged = 人行道損壞
    .description = 人行道裂開、隆起、下陷或破損，可能使人絆倒，或擋住輪椅或嬰兒車。

service-curb-damaged = 路緣石損壞
    .description = 市政道路旁的路緣石破損、碎裂或不見了。

service-street-sweeping = 街道需要清掃
    .description = 道路旁或自行車道上堆積了沙子、碎石、泥土或垃圾，需要掃街車來清掃。

service-bike-lane-obstruction = 自行車道被阻擋
    .description = 雜物、建築材料、垃圾桶或損壞的分隔柱擋住了自行車道。如有車輛停在自行車道上，請致電多倫多警察局泊車執法部門：416-808-2222。

service-construction-blocking = 道路或人行道被施工阻擋
    .description = 施工地盤或公用設施工程擋住了道路或人行道，卻沒有安全的繞行路線，或施工後留下了不安全的情況。

service-guardrail-damaged = 護欄或道路圍欄損壞
    .description = 道路、橋樑或匝道旁的護欄、欄杆或圍欄彎曲、破損或不見了。

service-laneway-repair = 後巷路況差
    .description = 公共後巷路面破損、排水不良或有很深的車轍。如果只有一個坑洞，請選擇「路面坑洞」。

service-long-term-parking = 車輛在住宅街道停放過久
    .description = 車輛在住宅街道的同一位置停放，時間超過了泊車規定允許的時長。

## 路燈、標誌和交通燈

service-streetlight-out = 路燈不亮
    .description = 路燈不亮、閃爍或白天也亮著。路燈由市政府與多倫多水電公司（Toronto Hydro）一起維護；私人物業上或部分公園內的燈可能屬於其他單位。

service-streetlight-pole-damaged = 路燈柱損壞
    .description = 路燈柱傾斜、被撞倒、檢修蓋不見了或電線外露。請遠離掉落的電線；如果電線冒出火花，請撥打 911。

service-sign-damaged = 標誌損壞或不見了
    .description = 路名牌、泊車標誌、限速標誌或其他道路標誌損壞、褪色、轉了方向或不見了。如果是停車或讓路標誌倒下，請選擇「停車或讓路標誌倒下」。

service-stop-sign-down = 停車或讓路標誌倒下
    .description = 停車（STOP）或讓路標誌被撞倒、不見了或轉了方向，司機看不到。此問題按道路危險處理。

service-traffic-signal-malfunction = 交通燈故障
    .description = 交通燈不亮、卡住、一直閃爍或損壞。遇到不亮的交通燈時，所有方向的車輛都要先停車再通行。

service-pedestrian-signal = 行人燈號或過路按鈕故障
    .description = 行人過路燈號、倒數計時器、聲音提示燈號或過路按鈕不能正常使用。

service-traffic-safety-concern = 交通安全問題
    .description = 申請審查超速、燈號時間、視線不良或難以過馬路的街道等問題。審查需要一段時間，結果可能是增設標誌、標線或調整燈號。

service-pavement-markings-faded = 路面標線褪色
    .description = 車道線、斑馬線、停車線或自行車道標記已經磨損，難以看清。

## 積雪和結冰

service-snow-sidewalk = 人行道積雪未清除
    .description = 由市政府負責清雪的人行道在暴風雪過後仍有積雪或結冰。積雪達到一定厚度後才開始清除，所以雪停後請等待一段時間。

service-snow-road = 道路未剷雪
    .description = 降雪結束後道路仍未剷雪。主要道路和巴士路線先剷雪，然後才是本地街道。

service-windrow-not-cleared = 車道口雪堆未清除
    .description = 剷雪車在您家車道口留下的雪堆沒有被清除，而您所在的街道屬於市政府提供車道口清雪服務的範圍。

service-icy-road-salting = 道路或人行道結冰需撒鹽
    .description = 市政道路、人行道、斑馬線或行人天橋結冰，需要撒鹽或撒沙。

## 垃圾、回收和綠桶

service-missed-garbage = 漏收垃圾
    .description = 您在收集日按時把垃圾桶放了出去，但垃圾沒有被收走。請先查看收集時間表，看看是否因假期有變動。

service-missed-recycling = 漏收回收物
    .description = 您在收集日按時把藍色回收桶放了出去，但沒有被收走。

service-missed-green-bin = 漏收綠桶
    .description = 您在收集日按時把裝有廚餘和有機垃圾的綠桶放了出去，但沒有被收走。

service-missed-yard-waste = 漏收庭園垃圾
    .description = 在庭園垃圾收集季節，您在收集日把裝在紙袋或開口容器裡的庭園垃圾放了出去，但沒有被收走。

service-bin-damaged = 垃圾桶損壞
    .description = 市政府發放的垃圾桶、回收桶或綠桶裂開，或者桶蓋、輪子或把手損壞。我們會維修或更換。

service-bin-missing = 垃圾桶不見了或被偷
    .description = 市政府發放的垃圾桶不見了、被偷，或被垃圾車帶走了。

service-bulky-item-pickup = 大型物品收集
    .description = 預約在垃圾收集日收走家具、床褥、家電和其他大型物品。

service-litter-bin-overflowing = 街頭垃圾桶滿溢
    .description = 街道上的公共垃圾桶或回收桶已滿，垃圾溢出。

service-litter-bin-damaged = 街頭垃圾桶損壞
    .description = 街道上的公共垃圾桶或回收桶損壞、翻倒或不見了。

## 塗鴉和非法傾倒

service-graffiti-city-property = 市政財產上的塗鴉
    .description = 市政建築、牆壁、橋樑或其他市政府擁有的構築物上的塗鴉。如果是仇恨或幫派塗鴉，請選擇「仇恨或幫派塗鴉」。

service-graffiti-road-assets = 道路標誌、燈柱或燈號箱上的塗鴉
    .description = 道路標誌、交通燈號箱、路燈柱、擋土牆或其他道路設施上的塗鴉。電線桿和設備箱可能屬於 Bell、Rogers 或 Toronto Hydro。

service-graffiti-private-property = 私人物業上的塗鴉
    .description = 房屋、商店、圍欄或其他私人物業上從街上看得到的塗鴉。業主有責任清除塗鴉，並可能收到通知。

service-graffiti-park = 公園內的塗鴉
    .description = 公園建築、洗手間、遊樂場、長椅或其他公園設施上的塗鴉。

service-graffiti-hate = 仇恨或幫派塗鴉
    .description = 含有仇恨、種族歧視或幫派內容的塗鴉。請先向多倫多警察局報告，電話 416-808-2222（非緊急），然後在這裡報告，以便盡快清除。

service-illegal-dumping = 非法傾倒
    .description = 被丟棄在道路、後巷、人行道或其他市政財產上的垃圾、家具、輪胎、建築廢料或其他物品。

service-illegal-posters = 柱上的非法海報或標牌
    .description = 貼在街上的電線桿、樹木或其他設施上的海報、傳單或標牌。電線桿可能屬於 Bell、Rogers 或 Toronto Hydro。

service-abandoned-shopping-cart = 被棄置的購物車
    .description = 被留在街道、人行道、公園或溪谷裡的購物車。

service-abandoned-bike = 被棄置的自行車
    .description = 長時間鎖在市政柱子或單車停放架上、缺少零件或無法騎的自行車。移走之前會先貼上標籤。

## 供水、下水道和排水

service-water-main-break = 總水管爆裂
    .description = 水從道路、人行道或地面冒出來，可能是總水管爆裂。

service-no-water = 沒有水
    .description = 您家或所在大廈的水龍頭完全沒有水。

service-low-water-pressure = 水壓低
    .description = 水龍頭的水壓比平時低很多。

service-sewer-backup = 污水倒灌或地庫水浸
    .description = 污水或積水從地漏或馬桶倒流出來，或下水道倒灌令地庫進水。

service-catch-basin-blocked = 雨水口堵塞
    .description = 街道排水口或雨水口被樹葉或雜物堵住，或因無法排水而令路面積水。

service-fire-hydrant-damaged = 消防栓損壞或漏水
    .description = 消防栓被撞、漏水、缺少蓋子或被擋住。

service-water-quality = 水變色或味道異常
    .description = 自來水呈褐色、混濁，或有異常的味道或氣味。

service-water-leak = 路邊或閥門處漏水
    .description = 物業邊緣屬於市政府一側的供水閥箱或閥門漏水。

service-sewer-odour = 下水道臭味
    .description = 沙井、雨水口或街道排水口散發出強烈的污水臭味。

## 樹木

service-tree-emergency = 樹木倒下或受損（緊急）
    .description = 市政樹木或大樹枝已經倒下或快要倒下，擋住道路或人行道，或威脅人身或財產安全。請遠離電線；碰到電線的樹木由 Toronto Hydro 處理。

service-tree-pruning = 樹木修剪（非緊急）
    .description = 申請修剪道路用地上的市政樹木，例如低垂在人行道上方、擋住標誌或碰到房屋的樹枝。

service-tree-planting = 申請種樹
    .description = 申請在您家門前市政府擁有的道路用地上免費種一棵樹。

service-tree-inspection = 市政樹木已死或瀕死
    .description = 申請檢查看起來已死、瀕死、中空或不穩固，但沒有即時危險的市政樹木。

service-stump-removal = 清除樹樁
    .description = 市政樹木從道路用地上移走後留下的樹樁。

service-tree-pest = 樹木病蟲害
    .description = 市政樹木上出現蟲害或病害的跡象，例如舞毒蛾毛蟲、白蠟窄吉丁造成的損害或異常落葉。

## 公園和康樂

service-park-washroom = 公園洗手間問題
    .description = 公園洗手間骯髒、用品用完、在公佈的開放時間內上鎖，或有設施損壞。

service-playground-damaged = 遊樂場設施損壞
    .description = 市政遊樂場內的設施損壞、鬆脫或不安全，例如鞦韆、滑梯或攀爬架。

service-park-encampment = 公園內的露宿營地
    .description = 公園內的帳篷或其他搭建物。外展工作人員會前往探訪，提供庇護所和支援。如果有人需要醫療幫助或身處危險，請撥打 911。

service-park-litter = 公園內有垃圾或垃圾桶已滿
    .description = 公園內散落的垃圾，或公園的垃圾桶已滿。

service-park-grass-overgrown = 公園草長得太高
    .description = 公園、小公園或街邊花園裡需要修剪的草或雜草。

service-park-lights-out = 公園照明不亮
    .description = 公園內小路、運動場或停車場的燈不亮或閃爍。

service-drinking-fountain = 飲水機或戲水區故障
    .description = 公園的飲水機、裝水機或兒童戲水區不能使用或漏水。

service-park-amenity-damaged = 公園長椅、桌子或圍欄損壞
    .description = 公園內損壞的長椅、野餐桌、圍欄、閘門、標誌或其他設施。

## 動物

service-dead-animal-road = 道路或人行道上的動物屍體
    .description = 道路、人行道、後巷或其他公共場所上的動物屍體。我們會派人收走。

service-injured-wildlife = 受傷或生病的野生動物
    .description = 受傷、生病或被困的野生動物，例如浣熊、狐狸或雀鳥。請不要自己去處理。

service-stray-dog = 流浪狗或走失的狗
    .description = 在街上亂跑、附近沒有主人的狗。如果狗有攻擊性，請保持距離。

service-dog-bite = 狗咬人或襲擊
    .description = 狗咬傷或襲擊了人或其他動物。如果有人受重傷，請撥打 911。

service-dog-off-leash = 狗沒有拴繩
    .description = 在公園或街道上、指定無繩區以外沒有拴繩的狗。

service-animal-bylaw = 動物相關法規投訴
    .description = 同一地址養的寵物太多、有人餵野生動物或鴿子，或物業上留有動物糞便。

## 物業、噪音和市政法規

service-noise = 噪音投訴
    .description = 來自物業或商戶的大聲音樂、在允許時間以外施工、狗吠或機器設備噪音。

service-property-standards-urgent = 緊急物業標準問題
    .description = 出租屋或其他建築內影響健康或安全的嚴重問題，例如冬天沒有暖氣、沒有水、大門門鎖損壞或結構不安全。

service-property-standards = 物業標準投訴
    .description = 建築或院子沒有保持良好維修狀態，例如有害蟲、發霉、窗戶破損、屋頂漏水或樓梯和扶手損壞，但沒有即時危險。

service-long-grass-weeds = 私人物業上的長草或雜草
    .description = 私人物業上的草或雜草高度超過法規允許的範圍。

service-waste-private-property = 私人物業上的垃圾或雜物
    .description = 堆在私人院子、門廊或車道上的垃圾、廢品或雜物。

service-abandoned-vehicle = 私人物業上的棄置車輛
    .description = 留在私人物業上的損毀、拆散或沒有車牌的車輛。

service-short-term-rental = 短期出租投訴
    .description = 用作短期出租的住宅可能沒有登記、不是屋主的主要住所，或經常為鄰居帶來問題。
