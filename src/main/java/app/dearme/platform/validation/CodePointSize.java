package app.dearme.platform.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A length limit in Unicode code points, as PostgreSQL's {@code varchar(n)} and a person count it: an emoji or a
 * Hangul syllable is one character. Bean Validation's {@code @Size} counts UTF-16 units, so an emoji counts twice.
 * {@code null} is valid (pair with {@code @NotBlank} where a value is required).
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CodePointSize.Validator.class)
public @interface CodePointSize {

    int max();

    /** Count the value without surrounding white space (what is stored for fields the service strips). */
    boolean stripped() default false;

    String message() default "{dearme.codePointSize}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<CodePointSize, CharSequence> {
        private int max;
        private boolean stripped;

        @Override
        public void initialize(CodePointSize a) {
            max = a.max();
            stripped = a.stripped();
        }

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            String s = stripped ? value.toString().strip() : value.toString();
            return s.codePointCount(0, s.length()) <= max;
        }
    }
}
