/** Platform API "db", published to the product modules (Spring Modulith named interface). */
@NamedInterface("db")
package app.dearme.platform.db;

import org.springframework.modulith.NamedInterface;
