/** The citizen's booking page: /kiosk/book.html?office=<office> (the office's QR poster, the phone page, the SMS link with &booking=…&token=…). */
import './components/book-app.js';
