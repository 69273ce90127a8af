#pragma once

// Activity log: the vault's hash-chained audit log (G9), filterable, with
// "Verify integrity".

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace meisai::ui {

class AppContext;
class AuditLogModel;
class RawSortProxy;

class ActivityPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityPage)

public:
    explicit ActivityPage(AppContext& app, QWidget* parent = nullptr);
    void reload();
    void verifyIntegrity();
    AuditLogModel* model() const { return m_model; }
    RawSortProxy* proxy() const { return m_proxy; }
    QLabel* verifyResult() const { return m_result; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    AppContext& m_app;
    AuditLogModel* m_model;
    RawSortProxy* m_proxy;
    QLabel* m_title;
    QLabel* m_intro;
    QLabel* m_filterLabel;
    QLineEdit* m_filter;
    QPushButton* m_verify;
    QLabel* m_result;
    QTableView* m_view;
};

} // namespace meisai::ui
