#include "tcp_script.hpp"
