/** Platform API "mail", published to the product modules (Spring Modulith named interface). */
@NamedInterface("mail")
package app.dearme.platform.mail;

import org.springframework.modulith.NamedInterface;
