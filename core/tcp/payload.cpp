// implemented by the wire work package
