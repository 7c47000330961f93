#pragma once

#include <QMainWindow>

namespace ackademy::ui {

/// The application's main window. It hosts the sequence diagram and its docks.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
};

} // namespace ackademy::ui
