class BankAccount:
    interest = 0.02
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
        return self
    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"insufficient funds: {self.balance} < {amount}")
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return self
    def add_interest(self):
        self.balance = round(self.balance * (1 + self.interest), 2)
    def __str__(self):
        return f"{self.owner}: {self.balance}"
acct = BankAccount("ann", 100)
acct.deposit(50).withdraw(30)
print(acct, acct.history)
try:
    acct.withdraw(1000)
except ValueError as e:
    print("error:", e)
try:
    acct.deposit(-5)
except ValueError as e:
    print("error:", e)
acct.add_interest()
print(acct)
class Savings(BankAccount):
    interest = 0.05
s = Savings("bob", 1000)
s.add_interest()
print(s, isinstance(s, BankAccount), type(s).__name__)
accounts = [acct, s, BankAccount("cy")]
print(sorted(a.owner for a in accounts), sum(a.balance for a in accounts))
print(max(accounts, key=lambda a: a.balance).owner)
