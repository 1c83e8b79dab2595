package id.kerjasama.region;

import id.kerjasama.validation.Labelled;

public enum RegionLevel implements Labelled {
    PROVINCE, REGENCY, CITY
}
