## Updates about a request by email or text message: the status page's forms, the
## unsubscribe page, and the messages themselves. Messages are plain text; $number is an SR
## number such as 2026-000123, $service a service type's name, $status a status name.

updates-heading = احصل على التحديثات
updates-intro = يمكننا إبلاغك في كل مرة يتغيّر فيها هذا الطلب. سنرسل إليك أولًا رمزًا للتأكد من أن البريد الإلكتروني أو رقم الهاتف يخصّك.
updates-email-label = عنوان البريد الإلكتروني
updates-email-hint = نستخدمه فقط لإرسال التحديثات المتعلقة بهذا الطلب.
updates-email-button = أرسل إليّ التحديثات بالبريد الإلكتروني
updates-phone-label = رقم الهاتف المحمول
updates-phone-hint = على سبيل المثال: 416 555 0123. قد تفرض شركة الاتصالات التي تتعامل معها رسومًا على الرسائل.
updates-phone-button = أرسل إليّ التحديثات برسائل نصية
updates-code-sent-email = أرسلنا رمزًا مكوّنًا من 6 أرقام إلى { $address }.
updates-code-sent-sms = أرسلنا رمزًا مكوّنًا من 6 أرقام في رسالة نصية إلى { $address }.
updates-code-label = الرمز
updates-code-hint = تنتهي صلاحية الرمز بعد 15 دقيقة من إرساله.
updates-confirm-button = تأكيد
updates-resend-button = إرسال رمز جديد
updates-resent = أرسلنا رمزًا جديدًا. لا يصلح إلا أحدث رمز.
updates-on = ستصلك تحديثات بشأن هذا الطلب. تحتوي كل رسالة على رابط لإيقافها.
updates-already = هذا البريد الإلكتروني أو الرقم مسجَّل بالفعل لتلقي التحديثات بشأن هذا الطلب.
updates-error-email = أدخل عنوان بريد إلكتروني مثل name@example.com
updates-error-phone = أدخل رقم هاتف محمول مع رمز المنطقة، مثل 416 555 0123
updates-error-too-many = طلبت عدة رموز خلال وقت قصير. استخدم آخر رمز أرسلناه، أو حاول مرة أخرى بعد ساعة.
updates-error-code-format = أدخل الرمز المكوّن من 6 أرقام الموجود في الرسالة التي أرسلناها
updates-error-code-wrong = الرمز غير صحيح. تحقّق من أحدث رسالة أرسلناها وحاول مرة أخرى.
updates-error-code-expired = انتهت صلاحية الرمز. اطلب رمزًا جديدًا.
updates-error-code-attempts = أُدخل الرمز بشكل خاطئ مرات كثيرة جدًا. اطلب رمزًا جديدًا.
updates-error-unknown = لم يعد بالإمكان استخدام هذا الرمز. اطلب التحديثات مرة أخرى.

unsubscribe-title = إيقاف التحديثات
unsubscribe-heading = إيقاف التحديثات بشأن الطلب رقم { $number }
unsubscribe-sent-to-email = تُرسَل التحديثات إلى { $address }.
unsubscribe-sent-to-sms = تُرسَل التحديثات في رسائل نصية إلى { $address }.
unsubscribe-button = إيقاف التحديثات
unsubscribe-done = لن تصلك أي تحديثات أخرى بشأن الطلب رقم { $number }.
unsubscribe-unknown = هذا الرابط غير صالح. تحقّق من أنه نُسخ بالكامل.
unsubscribe-back = عرض الطلب

notify-code-subject = رمزك الخاص بالطلب رقم { $number }
notify-code-email =
    رمزك هو { $code }.
    
    أدخله في الصفحة التي طلبت فيها التحديثات بشأن الطلب رقم { $number }. تنتهي صلاحيته بعد 15 دقيقة.
    
    إذا لم تطلب التحديثات، فتجاهل هذه الرسالة.
notify-code-sms = رمز 311 الخاص بك للطلب رقم { $number } هو { $code }. تنتهي صلاحيته بعد 15 دقيقة.
notify-status-subject = الطلب رقم { $number }: { $status }
notify-status-email = أصبحت حالة طلبك رقم { $number } ({ $service }): { $status }.
notify-status-sms = 311: أصبحت حالة الطلب رقم { $number } ({ $service }): { $status }.
notify-note = ملاحظة من المدينة: { $note }
notify-escalated-subject = الطلب رقم { $number }: أُحيلت شكواك إلى إدارة القسم المختص
notify-escalated-email = لم يتم الرد على شكواك بشأن الطلب رقم { $number } ({ $service }) في الوقت المحدد، لذلك أُحيلت إلى إدارة القسم المختص.
notify-escalated-sms = 311: أُحيلت شكواك بشأن الطلب رقم { $number } إلى إدارة القسم المختص.
notify-link = اطّلع على الطلب وسجلّه: { $link }
notify-link-sms = { $link }
notify-footer-email = تصلك هذه الرسالة لأنك طلبت تلقي التحديثات بشأن هذا الطلب.
notify-unsubscribe = لإيقاف هذه التحديثات: { $unsubscribe }
notify-unsubscribe-sms = ردّ بكلمة STOP للإيقاف، أو زُر { $unsubscribe }
