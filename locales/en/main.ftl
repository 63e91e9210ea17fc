### Civic311 interface text: English (the reference locale; every other locale has these ids).

-product-name = Civic311

site-name = { -product-name }
skip-to-content = Skip to main content
language-switcher-label = Language
loading = Loading…
footer-emergency = For emergencies, call 911. This portal is for non-emergency City services.

home-title = Report a problem or request a City service – { -product-name }
home-heading = Report a problem or request a City service
home-intro = Tell the City about a pothole, a missed collection, graffiti and more than 60 other non-emergency issues. You get a service request (SR) number to track what happens next.
home-groups-heading = What is it about?
service-group-count =
    { $count ->
        [one] { $count } service
       *[other] { $count } services
    }
catalogue-unavailable = The list of services cannot be shown right now. Please try again in a few minutes.

not-found-title = Page not found – { -product-name }
not-found-heading = Page not found
not-found-home-link = Go to the home page
