// ackademy: the classroom GUI. Everything but main() is in app/gui/ (and testable).
#include "app/gui/gui_app.hpp"

int main(int argc, char** argv)
{
    return ackademy::gui::runGui(argc, argv);
}
