### Reporting a problem: the /report pages, their errors, the map and photos.

report-page-title = { $heading } – { -product-name }
report-caption = Report a problem
report-unavailable = The report form cannot be shown right now. Please try again in a few minutes.
report-continue = Continue
report-optional = { $label } (optional)

## Choosing the service
report-choose-heading = What do you want to report?
report-choose-intro = Search in your own words, or choose from the topics below.
report-start-button = Start now
report-choose-other = Report something else
report-not-found-heading = We cannot find that report
report-not-found-body = The link may be incomplete or mistyped.
report-start-again = Start a new report

## Who owns it, and hate-motivated graffiti
report-owner-question = Who owns the thing with the problem?
report-owner-hint = Look for a logo or a label on it. The City can only fix what it owns.
report-owner-city = The City of Toronto, for example a City wall, bridge, sign or litter bin
report-owner-unknown = I don't know
report-owner-bell = Bell Canada: telephone booths, Bell poles and cabinets
report-owner-rogers = Rogers: cable boxes and cabinets
report-owner-toronto-hydro = Toronto Hydro: hydro poles, transformers and electrical boxes
report-owner-canada-post = Canada Post: mailboxes and parcel lockers
report-owner-ttc = TTC: transit shelters, stations and vehicles
report-error-owner = Choose who owns it, or “I don't know”
report-referral-heading = This is not the City's to fix
report-referral-intro = The City can only repair or clean what it owns, so no service request was created. Please report it to the owner.
report-referral-bell = Bell Canada: call 1-866-310-2355.
report-referral-rogers = Rogers: call 1-888-764-3771.
report-referral-toronto-hydro = Toronto Hydro: call 416-542-8000. If wires are down or sparking, stay 10 metres away and call 911.
report-referral-canada-post = Canada Post: call 1-866-607-6301.
report-referral-ttc = TTC: call Customer Service at 416-393-3030.
report-hate-heading = Hate-motivated graffiti
report-hate-police = If the graffiti targets people because of their race, religion, ethnic origin, sexual orientation, gender or disability, report it to Toronto Police first: call 416-808-2222, the non-emergency line, or 911 if anyone is in danger. The police record it as a possible hate crime before it is removed.
report-hate-then = Then report it here, so that the City can remove it quickly.

## Location
report-location-heading = Where is the problem?
report-location-current = Location chosen
report-location-address = { $address }, Ward { $ward }
report-location-pin = Pin at { $lat }, { $long }, Ward { $ward }
report-map-heading = Place a pin on the map
report-map-hint = Click or tap the map where the problem is, then drag the pin to adjust it. With a keyboard, move the map with the arrow keys, then choose “Put the pin at the centre of the map”.
report-map-label = Map
report-map-pin = Location of the problem
report-map-pin-at = Pin placed at { $lat }, { $long }
report-map-no-pin = No pin placed yet
report-map-locate = Use my location
report-map-locate-failed = Your location could not be found. Place the pin on the map or type an address.
report-map-centre = Put the pin at the centre of the map
report-map-use = Use this pin's location
report-address-heading = Or type an address or intersection
report-place-label = Street, intersection or place
report-place-hint = For example: Queen St W & Spadina Ave, or Nathan Phillips Square
report-place-find = Find
report-place-none = Nothing matches “{ $query }”. Check the spelling, or try the nearest intersection.
report-place-choose = Choose the closest match
report-place-use = Use this location
report-place-kind-street = Street
report-place-kind-intersection = Intersection
report-place-kind-place = Place
report-error-outside-city = This location is outside the City of Toronto. Choose a place inside the city.
report-error-pin-missing = Place a pin on the map, or type an address below
report-error-place-choose = Choose one of the matches, or search again
report-error-location-missing = Type a street, intersection or place, or place a pin on the map

## Details and contact
report-details-heading = Tell us about the problem
report-field-description = Describe the problem
report-description-hint = What you see, and anything that helps crews find it. Please do not include personal information.
report-contact-heading = Your contact details (optional)
report-contact-hint = We use them only to contact you about this report. They are never shown publicly. Leave them empty to report anonymously.
report-field-first-name = First name
report-field-last-name = Last name
report-field-email = Email address
report-field-phone = Phone number
report-error-missing = Answer the question “{ $field }”
report-error-number = The answer to “{ $field }” must be a number, such as 3 or 2.5
report-error-too-long = The answer to “{ $field }” must be { $max } characters or fewer
report-error-choice = Choose one of the listed answers to “{ $field }”
report-error-datetime = Enter a real date and time for “{ $field }”
report-error-email = Enter an email address in the correct format, like name@example.com
report-error-phone = Enter a phone number with 7 to 15 digits, like 416-392-2489

## Photos
report-photos-heading = Photos
report-photos-required = This kind of problem needs at least one photo. It helps crews find and fix it.
report-photos-optional = Photos are optional, but they help crews find and fix the problem.
report-photos-limits = You can add up to { $count } photos in JPEG, PNG or WebP format, each up to { $megabytes } MB. We remove the location and camera details from the copy we keep.
report-photo-label = Choose a photo
report-photo-upload = Upload photo
report-photo-uploading = Uploading photo
report-photo-alt = Photo { $number }
report-photo-remove = Remove photo { $number }
report-photo-has-location = Photo { $number } records where it was taken.
report-photo-use-location = Use the location of photo { $number }
report-photos-count =
    { $count ->
        [0] No photos
        [one] { $count } photo
       *[other] { $count } photos
    }
report-error-photo-missing = Choose a photo to upload
report-error-photo-too-large = The photo must be smaller than { $megabytes } MB
report-error-photo-type = The file must be a photo in JPEG, PNG or WebP format
report-error-photo-dimensions = The photo has too many pixels. Choose a smaller photo.
report-error-photo-damaged = The photo is damaged and cannot be read. Choose another photo.
report-error-photo-limit = You can add up to { $count } photos. Remove one to add another.
report-error-photo-required = Add at least one photo
report-error-photo-outside = The place where this photo was taken is outside the City of Toronto

## Check, duplicates nearby, and sending
report-check-heading = Check your answers before sending your report
report-check-answers = Your answers
report-change = Change
report-anonymous = Not given: this report is anonymous
report-submit-note = By sending this report you confirm that the information is correct as far as you know.
report-submit = Send report
report-nearby-heading = Has this already been reported?
report-nearby-intro = These open requests for the same problem are within 250 metres. If one of them is yours, follow it instead of sending a new report.
report-nearby-distance = About { $metres } m away
report-nearby-reporters =
    { $count ->
        [one] Reported by { $count } person
       *[other] Reported by { $count } people
    }
report-me-too = Me too: follow { $number }
report-error-follow = That request can no longer be followed. Send your own report instead.
report-sent-heading = Report sent
report-sent-number = Your service request number is
report-sent-next = Keep this number. You can use it to see what happens next.
report-sent-track = Track this request
report-another = Report another problem
report-following-heading = You are following { $number }
report-following-body = You were added to this request instead of creating a new one. Its status page shows what happens next.
