package langsim.config;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field that a file must give although the record has a default for it (the record's {@link Validated#validate}
 * refuses the default, e.g. an empty name; a blank string or an empty map is refused as well). Read by {@link JsonSchemas} for the schema's {@code required} list.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface Required {
}
