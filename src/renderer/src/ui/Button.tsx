import type { ButtonHTMLAttributes, ReactNode } from 'react'

export type ButtonVariant = 'primary' | 'secondary' | 'ghost' | 'danger'

export type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: ButtonVariant
  size?: 'sm' | 'md'
  icon?: ReactNode
}

/** The one button. `type` defaults to "button" so a button in a form never submits by accident. */
export function Button({ variant = 'secondary', size = 'md', icon, className, children, type = 'button', ...rest }: ButtonProps) {
  return (
    <button type={type} className={['btn', `btn-${variant}`, `btn-${size}`, className].filter(Boolean).join(' ')} {...rest}>
      {icon}
      {children !== undefined && <span>{children}</span>}
    </button>
  )
}

export type IconButtonProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'aria-label' | 'children'> & {
  /** Required: the button has no visible text, so this is its name for screen readers and the tooltip. */
  label: string
  icon: ReactNode
  tone?: 'default' | 'danger'
}

export function IconButton({ label, icon, tone = 'default', className, type = 'button', title, ...rest }: IconButtonProps) {
  return (
    <button type={type} aria-label={label} title={title ?? label} className={['icon-btn', tone === 'danger' ? 'icon-btn-danger' : '', className].filter(Boolean).join(' ')} {...rest}>
      {icon}
    </button>
  )
}
