// The band at the top of every screen: product name, organisation, the signed-in user, language.

import type { UserDto } from "../bindings/UserDto";
import { useT } from "../l10n/useT";
import { LanguageSwitch } from "./LanguageSwitch";

interface Props {
  organizationName: string | null;
  user?: UserDto | null;
  onSignOut?: () => void;
}

export function Header({ organizationName, user = null, onSignOut }: Props) {
  const t = useT();
  return (
    <header className="border-t-4 border-b border-t-blue-900 border-b-solid-gray-420 bg-white">
      <div className="mx-auto flex max-w-[1440px] flex-wrap items-center justify-between gap-x-8 gap-y-3 px-8 py-4">
        <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
          <p className="flex items-baseline gap-2">
            <span className="text-std-24B-150 text-blue-1000">{t("ui-app-name")}</span>
            <span lang="ja" className="text-std-20B-150 text-solid-gray-800">
              {t("ui-app-name-ja")}
            </span>
          </p>
          <p className="border-l border-solid-gray-420 pl-4 text-dns-14N-130 text-solid-gray-700">
            {t("ui-app-subtitle")}
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-x-8 gap-y-3">
          {organizationName !== null && (
            <p data-testid="header-org" className="text-std-16B-170 text-solid-gray-900">
              {organizationName}
            </p>
          )}
          {user && (
            <div className="flex items-center gap-4">
              <p className="text-right leading-tight">
                <span className="sr-only">{t("ui-header-user-label")}</span>
                <span data-testid="user-name" className="block text-std-16B-170 text-solid-gray-900">
                  {user.title ? t("ui-header-user", { name: user.name, title: user.title }) : user.name}
                </span>
                {user.departmentName && (
                  <span className="block text-dns-14N-130 text-solid-gray-700">{user.departmentName}</span>
                )}
              </p>
              {onSignOut && (
                <button
                  type="button"
                  data-testid="sign-out"
                  onClick={onSignOut}
                  className="min-h-9 rounded-6 border border-blue-900 bg-white px-3 py-1.5 text-oln-14B-100 text-blue-900 hover:bg-blue-100 hover:underline"
                >
                  {t("ui-sign-out")}
                </button>
              )}
            </div>
          )}
          <LanguageSwitch />
        </div>
      </div>
    </header>
  );
}
