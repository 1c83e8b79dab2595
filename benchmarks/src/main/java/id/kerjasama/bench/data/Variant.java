package id.kerjasama.bench.data;

public enum Variant { NORMAL, DPRD, WITHDRAW, REJECT }
