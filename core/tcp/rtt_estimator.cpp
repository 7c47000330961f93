// implemented by the algorithms work package
