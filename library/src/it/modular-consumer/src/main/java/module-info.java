/** A modular application that uses deriv: it needs nothing but this one line. */
module consumer {
    requires dev.deriv;
    exports consumer;
}
