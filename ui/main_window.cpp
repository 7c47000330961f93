#include "ui/main_window.hpp"

#include <QLabel>

namespace ackademy::ui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Ackademy"));
    setObjectName(QStringLiteral("MainWindow"));
    auto* placeholder = new QLabel(tr("Ackademy — TCP sequence diagram"), this);
    placeholder->setAlignment(Qt::AlignCenter);
    setCentralWidget(placeholder);
    resize(1280, 800);
}

} // namespace ackademy::ui
