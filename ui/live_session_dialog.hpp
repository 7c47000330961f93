#pragma once
// File → "Live Session with This Computer…": the options of `ackademy-cli live` as a form.
// Every field is checked as it is typed; the first problem is shown in one sentence under
// the form and OK stays disabled until there is none. The form also shows what to run in a
// terminal: the `nc` that plays the kernel's application, and the equivalent CLI command.

#include "ui/live_session.hpp"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace ackademy::ui {

class LiveSessionDialog : public QDialog {
    Q_OBJECT
public:
    /// `canCreateTun`: whether this process has CAP_NET_ADMIN (hasNetAdminCapability());
    /// without it the dialog explains what to do and OK stays disabled.
    explicit LiveSessionDialog(QWidget* parent = nullptr, bool canCreateTun = hasNetAdminCapability());

    /// The settings, or nullopt while a field is invalid (problem() says which).
    std::optional<LiveSessionSettings> settings() const;
    /// The one sentence shown under the form; empty when everything is valid.
    QString problem() const;
    /// "In a terminal run: nc -l 10.77.0.1 7788", the text of the instructions.
    QString instructions() const;

    // The fields, for tests and accessibility.
    QLineEdit* deviceEdit() const { return device_; }
    QLineEdit* localEdit() const { return local_; }
    QLineEdit* peerEdit() const { return peer_; }
    QSpinBox* prefixBox() const { return prefix_; }
    QComboBox* roleBox() const { return role_; }
    QLineEdit* sendEdit() const { return send_; }
    QDoubleSpinBox* closeAfterBox() const { return closeAfter_; }
    QLineEdit* dropsEdit() const { return drops_; }
    QComboBox* profileBox() const { return profile_; }
    QDialogButtonBox* buttons() const { return buttons_; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void validate();
    /// Parses the form; on the first problem returns nullopt and sets `problem`. Without
    /// `capability`, a missing CAP_NET_ADMIN is not a problem of the form.
    std::optional<LiveSessionSettings> parse(QString* problem, bool capability = true) const;

    bool canCreateTun_;
    QLabel* intro_ = nullptr;
    QLabel* labels_[9] = {};
    QLineEdit* device_ = nullptr;
    QLineEdit* local_ = nullptr;
    QLineEdit* peer_ = nullptr;
    QSpinBox* prefix_ = nullptr;
    QComboBox* role_ = nullptr;
    QLineEdit* send_ = nullptr;
    QDoubleSpinBox* closeAfter_ = nullptr;
    QLineEdit* drops_ = nullptr;
    QComboBox* profile_ = nullptr;
    QLabel* problem_ = nullptr;
    QLabel* commands_ = nullptr;
    QDialogButtonBox* buttons_ = nullptr;
};

} // namespace ackademy::ui
