// Buttons after the Digital Agency design system's primary and secondary buttons.

import type { ButtonHTMLAttributes } from "react";

type Variant = "primary" | "secondary";

const BASE =
  "inline-flex min-h-14 items-center justify-center gap-2 rounded-8 px-6 py-3 text-oln-16B-100 " +
  "underline-offset-[calc(3/16*1rem)] hover:underline disabled:cursor-not-allowed disabled:no-underline";

const VARIANTS: Record<Variant, string> = {
  primary:
    "border-2 border-blue-900 bg-blue-900 text-white hover:border-blue-1000 hover:bg-blue-1000 " +
    "active:bg-blue-1200 disabled:border-solid-gray-300 disabled:bg-solid-gray-300 disabled:text-solid-gray-50",
  secondary:
    "border-2 border-blue-900 bg-white text-blue-900 hover:border-blue-1000 hover:bg-blue-200 " +
    "hover:text-blue-1000 active:bg-blue-300 disabled:border-solid-gray-300 disabled:bg-white " +
    "disabled:text-solid-gray-420",
};

interface Props extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: Variant;
}

export function Button({ variant = "primary", className = "", type = "button", ...rest }: Props) {
  return <button type={type} className={`${BASE} ${VARIANTS[variant]} ${className}`} {...rest} />;
}
