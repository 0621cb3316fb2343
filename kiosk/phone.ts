/** The citizen's phone page: /kiosk/phone.html?t=<ticketId>&k=<token> (from the ticket's QR code). */
import './components/phone-app.js';
