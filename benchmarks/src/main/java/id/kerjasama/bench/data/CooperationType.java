package id.kerjasama.bench.data;

public enum CooperationType { KSDD_VOLUNTARY, KSDPK, SYNERGY }
