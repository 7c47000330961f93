#pragma once
// The link settings dock: per direction delay, jitter, loss, duplication and reordering
// (slider and spin box each), the profile and the seed. Every change is an undoable
// Document::change, applied at once; impossible values are refused with a visible message.

#include "core/sim/segment_match.hpp"

#include <QDoubleSpinBox>
#include <QWidget>

#include <array>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSlider;

namespace ackademy::ui {

class Document;

/// A spin box that says so (refused()) when typed text is not a number in its range,
/// instead of silently swallowing the keystroke.
class CheckedSpinBox : public QDoubleSpinBox {
    Q_OBJECT
public:
    using QDoubleSpinBox::QDoubleSpinBox;
    QValidator::State validate(QString& input, int& pos) const override;

signals:
    void refused(const QString& text) const;
};

class LinkSettingsPanel : public QWidget {
    Q_OBJECT
public:
    enum Field { Delay, Jitter, Loss, Duplicate, Reorder, FieldCount };

    explicit LinkSettingsPanel(Document* document, QWidget* parent = nullptr);

    CheckedSpinBox* spinBox(sim::HostId from, Field field) const;
    QSlider* slider(sim::HostId from, Field field) const;
    QComboBox* profileBox() const { return profile_; }
    QLineEdit* seedEdit() const { return seed_; }
    /// The last refusal ("" when the last input was accepted); shown under the controls.
    QString message() const;

private:
    struct Row {
        CheckedSpinBox* spin = nullptr;
        QSlider* slider = nullptr;
        QLabel* label = nullptr;
    };
    void changeEvent(QEvent* event) override;
    void retranslateUi();
    QWidget* buildDirection(sim::HostId from);
    void refresh();
    void apply(sim::HostId from, Field field, double value);
    void applySeed();
    void showRefusal(const QString& text, QWidget* control);
    void clearRefusal();
    QString fieldName(Field field) const;
    QString fieldUnit(Field field) const;

    Document* document_;
    std::array<std::array<Row, FieldCount>, 2> rows_{};
    QComboBox* profile_ = nullptr;
    QLineEdit* seed_ = nullptr;
    QLabel* message_ = nullptr;
    QLabel* profileLabel_ = nullptr;
    QLabel* seedLabel_ = nullptr;
    std::array<QGroupBox*, 2> boxes_{};
    QWidget* refusedControl_ = nullptr; ///< the control whose input the message is about
    bool refreshing_ = false;
};

} // namespace ackademy::ui
