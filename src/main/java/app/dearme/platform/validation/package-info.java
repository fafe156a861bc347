/** Published to every module (issue 17). */
@NamedInterface("validation")
package app.dearme.platform.validation;

import org.springframework.modulith.NamedInterface;
