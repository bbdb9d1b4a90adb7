package langsim.config;

/**
 * Cross-field validation hook. After a record implementing this interface has been bound from YAML (children first,
 * the root record last), {@link RecordBinder} calls {@link #validate(Validation)}.
 */
public interface Validated {
    void validate(Validation v);
}
