#pragma once

#include <QMenu>

namespace Kingside {

// View → Language (README "Translations"): the system's language, English, or one of the
// languages Translations::available() finds embedded. The choice is kept in the settings and
// takes effect when Kingside starts again; the command line follows it too.
class LanguageMenu : public QMenu
{
    Q_OBJECT

public:
    explicit LanguageMenu(QWidget *parent = nullptr);

private:
    void choose(const QString &language);
};

} // namespace Kingside
