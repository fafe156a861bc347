/** Platform API "idempotency", published to the product modules (Spring Modulith named interface). */
@NamedInterface("idempotency")
package app.dearme.platform.idempotency;

import org.springframework.modulith.NamedInterface;
