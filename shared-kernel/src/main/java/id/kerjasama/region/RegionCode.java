package id.kerjasama.region;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import id.kerjasama.validation.InvalidValueException;
import id.kerjasama.validation.Require;

/**
 * A Ministry of Home Affairs region code: {@code 19} for a province, {@code 19.71} for a regency or city.
 * Only codes in the reference list ({@link RegionDirectory}) exist.
 */
public record RegionCode(@JsonValue String value) {

    public RegionCode {
        value = Require.text(value, "regionCode");
        if (!RegionDirectory.standard().contains(value)) {
            throw new InvalidValueException("regionCode", "KNOWN_REGION_CODE",
                    "regionCode '" + value + "' is not a Ministry of Home Affairs province or regency/city code");
        }
    }

    @JsonCreator
    public static RegionCode of(String value) {
        return new RegionCode(value);
    }

    public boolean isProvince() {
        return value.indexOf('.') < 0;
    }

    public RegionCode provinceCode() {
        return isProvince() ? this : new RegionCode(value.substring(0, value.indexOf('.')));
    }

    @Override
    public String toString() {
        return value;
    }
}
