## Mga update tungkol sa isang kahilingan sa pamamagitan ng email o text: ang mga form sa pahina ng katayuan,
## ang pahina para ihinto ang mga update, at ang mga mensahe mismo. Plain text ang mga mensahe; ang $number ay numero
## ng kahilingan sa serbisyo gaya ng 2026-000123, ang $service ay pangalan ng uri ng serbisyo, ang $status ay pangalan ng katayuan.

updates-heading = Makatanggap ng mga update
updates-intro = Maaari ka naming abisuhan tuwing may pagbabago sa kahilingang ito. Padadalhan ka muna namin ng code para matiyak na sa iyo ang email address o numerong iyon.
updates-email-label = Address ng email
updates-email-hint = Gagamitin lang namin ito para sa mga update tungkol sa kahilingang ito.
updates-email-button = Padalhan ako ng mga update sa email
updates-phone-label = Numero ng mobile phone
updates-phone-hint = Halimbawa: 416 555 0123. Maaaring may singil ang iyong mobile network para sa mga text.
updates-phone-button = Padalhan ako ng mga update sa text
updates-code-sent-email = Nagpadala kami ng 6-digit na code sa { $address }.
updates-code-sent-sms = Nagpadala kami ng 6-digit na code sa pamamagitan ng text sa { $address }.
updates-code-label = Code ng kumpirmasyon
updates-code-hint = Mawawalan ng bisa ang code 15 minuto pagkatapos namin itong ipadala.
updates-confirm-button = Kumpirmahin
updates-resend-button = Magpadala ng bagong code
updates-resent = Nagpadala kami ng bagong code. Ang pinakabagong code lang ang gagana.
updates-on = Makakatanggap ka ng mga update tungkol sa kahilingang ito. May link sa bawat mensahe para ihinto ang mga ito.
updates-already = Nakakatanggap na ng mga update tungkol sa kahilingang ito ang address na iyon.
updates-error-email = Maglagay ng email address gaya ng name@example.com
updates-error-phone = Maglagay ng numero ng mobile phone kasama ang area code, gaya ng 416 555 0123
updates-error-too-many = Ilang beses kang humingi ng code sa maikling panahon. Gamitin ang huling code na ipinadala namin, o subukang muli pagkalipas ng isang oras.
updates-error-code-format = Ilagay ang 6-digit na code mula sa mensaheng ipinadala namin
updates-error-code-wrong = Mali ang code. Tingnan ang pinakabagong mensaheng ipinadala namin at subukang muli.
updates-error-code-expired = Wala nang bisa ang code. Humingi ng bagong code.
updates-error-code-attempts = Masyadong maraming beses na nailagay nang mali ang code. Humingi ng bagong code.
updates-error-unknown = Hindi na magagamit ang code na ito. Humiling muli ng mga update.

unsubscribe-title = Ihinto ang mga update
unsubscribe-heading = Ihinto ang mga update tungkol sa kahilingan { $number }
unsubscribe-sent-to-email = Ipinapadala ang mga update sa { $address }.
unsubscribe-sent-to-sms = Ipinapadala ang mga update sa pamamagitan ng text sa { $address }.
unsubscribe-button = Ihinto ang mga update
unsubscribe-done = Hindi ka na makakatanggap ng mga update tungkol sa kahilingan { $number }.
unsubscribe-unknown = Hindi wasto ang link na ito. Tiyaking nakopya ito nang buo.
unsubscribe-back = Tingnan ang kahilingan

notify-code-subject = Ang iyong code para sa kahilingan { $number }
notify-code-email =
    Ang iyong code ay { $code }.
    
    Ilagay ito sa pahina kung saan ka humiling ng mga update tungkol sa kahilingan { $number }. Mawawalan ito ng bisa sa loob ng 15 minuto.
    
    Kung hindi ka humiling ng mga update, huwag pansinin ang email na ito.
notify-code-sms = Ang iyong 311 code para sa kahilingan { $number } ay { $code }. Mawawalan ito ng bisa sa loob ng 15 minuto.
notify-status-subject = Kahilingan { $number }: { $status }
notify-status-email = Ang katayuan ngayon ng iyong kahilingan { $number } ({ $service }): { $status }.
notify-status-sms = 311: ang katayuan ngayon ng kahilingan { $number } ({ $service }): { $status }.
notify-note = Tala mula sa Lungsod: { $note }
notify-escalated-subject = Kahilingan { $number }: ipinasa ang iyong reklamo sa pamunuan ng dibisyon
notify-escalated-email = Hindi nasagot sa takdang oras ang iyong reklamo tungkol sa kahilingan { $number } ({ $service }), kaya ipinasa ito sa pamunuan ng dibisyon.
notify-escalated-sms = 311: ipinasa sa pamunuan ng dibisyon ang iyong reklamo tungkol sa kahilingan { $number }.
notify-link = Tingnan ang kahilingan at ang kasaysayan nito: { $link }
notify-link-sms = { $link }
notify-footer-email = Natanggap mo ang email na ito dahil humiling ka ng mga update tungkol sa kahilingang ito.
notify-unsubscribe = Ihinto ang mga update na ito: { $unsubscribe }
notify-unsubscribe-sms = Mag-reply ng STOP para huminto, o pumunta sa { $unsubscribe }
