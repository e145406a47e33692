"""What Zoho is: data centers, client types and scopes."""
